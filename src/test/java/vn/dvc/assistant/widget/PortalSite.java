package vn.dvc.assistant.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A portal website on another origin than the assistant (127.0.0.1 on a free port, while the assistant is on
 * localhost), with the one-line embed on each of its pages.
 */
final class PortalSite implements AutoCloseable {

    private static final Map<String, String> PAGES = Map.of("/", "Trang chủ cổng thử nghiệm", "/other.html", "Trang khác của cổng");

    private final HttpServer server;
    private final String template;
    private final String assistantOrigin;

    private PortalSite(String assistantOrigin) throws IOException {
        this.assistantOrigin = assistantOrigin;
        try (InputStream page = PortalSite.class.getResourceAsStream("/portal/page.html")) {
            template = new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    static PortalSite start(String assistantOrigin) {
        try {
            return new PortalSite(assistantOrigin);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the portal site", e);
        }
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return origin() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String title = PAGES.get(exchange.getRequestURI().getPath());
        byte[] body = title == null ? new byte[0]
                : template.replace("{{PAGE}}", title).replace("{{ASSISTANT}}", assistantOrigin).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(title == null ? 404 : 200, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
