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
 * localhost), with the one-line embed on each of its pages. {@code /options.html} sets the host page's options
 * on the tag as well; on another loopback address ({@link #startOffTheAllowList}) the site's origin is one the
 * assistant's CORS allow-list refuses.
 */
final class PortalSite implements AutoCloseable {

    private record Page(String title, String extraAttributes) {
    }

    static final String OPTIONS = "/options.html";
    /** The host page's options, as a webmaster would set them. */
    static final String OPTION_ATTRIBUTES = "data-starters=\"Lệ phí đăng ký hộ kinh doanh|Tra cứu hồ sơ\" "
            + "data-offset-bottom=\"90\" data-offset-side=\"2rem\" data-open=\"true\" data-label=\"Hỏi trợ lý\" data-theme=\"dark\"";

    private static final Map<String, Page> PAGES = Map.of(
            "/", new Page("Trang chủ cổng thử nghiệm", ""),
            "/other.html", new Page("Trang khác của cổng", ""),
            OPTIONS, new Page("Trang có tùy chọn", OPTION_ATTRIBUTES));

    private final HttpServer server;
    private final String template;
    private final String assistantOrigin;
    private final String host;

    private PortalSite(String assistantOrigin, String host) throws IOException {
        this.assistantOrigin = assistantOrigin;
        this.host = host;
        try (InputStream page = PortalSite.class.getResourceAsStream("/portal/page.html")) {
            template = new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    static PortalSite start(String assistantOrigin) {
        return start(assistantOrigin, "127.0.0.1");
    }

    /** On 127.0.0.2, which the test profile's allow-list (127.0.0.1, any port) does not hold. */
    static PortalSite startOffTheAllowList(String assistantOrigin) {
        return start(assistantOrigin, "127.0.0.2");
    }

    private static PortalSite start(String assistantOrigin, String host) {
        try {
            return new PortalSite(assistantOrigin, host);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the portal site", e);
        }
    }

    String origin() {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    String url(String path) {
        return origin() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        Page page = PAGES.get(exchange.getRequestURI().getPath());
        byte[] body = page == null ? new byte[0]
                : template.replace("{{PAGE}}", page.title()).replace("{{OPTIONS}}", page.extraAttributes())
                        .replace("{{ASSISTANT}}", assistantOrigin).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(page == null ? 404 : 200, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
