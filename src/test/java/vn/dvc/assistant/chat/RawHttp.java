package vn.dvc.assistant.chat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
        String text = new String(all, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Reply(0, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunked(body);
        }
        return new Reply(status, headers, body);
    }

    private static String dechunked(String chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
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
        return out.toString(StandardCharsets.UTF_8);
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
