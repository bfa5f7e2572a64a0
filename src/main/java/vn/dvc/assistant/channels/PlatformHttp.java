package vn.dvc.assistant.channels;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * POSTs to the platforms' APIs with the JDK's HTTP client (the Quarkus REST client is not published for this
 * platform version; see docs/channels.md). URIs and headers may hold tokens: nothing here logs them.
 */
@ApplicationScoped
public class PlatformHttp {

    /** A platform's answer: its status and body, read as UTF-8. */
    public record Reply(int status, String body) {
    }

    private final HttpClient client;
    private final DeliveryConfig config;

    PlatformHttp(DeliveryConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    /** A base URL from the configuration, with or without its trailing slash, and a path starting with one. */
    public static URI uri(String baseUrl, String path) {
        return URI.create((baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path);
    }

    public Reply post(URI uri, String contentType, Map<String, String> headers, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the platform");
        }
    }
}
