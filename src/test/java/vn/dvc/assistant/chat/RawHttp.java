package vn.dvc.assistant.chat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 exchange written byte for byte, for requests no client library would send: a malformed escape in
 * the path, no Host header, a bad chunk size. One request per connection (Connection: close).
 */
public final class RawHttp {

    /** A response: status, headers (names in lower case) and the body, de-chunked. */
    public record Reply(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and {@code body}. */
    public static Reply exchange(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer (and close) before reading the whole body: read what it said.
            }
            return read(socket.getInputStream());
        }
    }

    /** A request with a body of known length. */
    public static Reply send(int port, String method, String target, String contentType, byte[] body) throws IOException {
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length;
        return exchange(port, head, body);
    }

    private static Reply read(InputStream in) throws IOException {
        byte[] all;
        try {
            all = in.readAllBytes();
        } catch (IOException reset) {
            all = new byte[0];
        }
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            return new Reply(0, Map.of(), new String(all, StandardCharsets.UTF_8));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.UTF_8).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
        // Chunks are cut by bytes, possibly inside a character: joined before the text is decoded.
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunked(body);
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] dechunked(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < bytes.length) {
            int lineEnd = indexOfCrlf(bytes, at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(bytes, lineEnd + 2, Math.min(size, bytes.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
