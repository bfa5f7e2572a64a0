package vn.dvc.assistant.abuse;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.Config;

import io.vertx.core.http.HttpServerResponse;

/**
 * The headers application.properties puts on every response ({@code quarkus.http.header."Name".value}), for the
 * refusals written before Quarkus' own handlers add them.
 */
final class SecurityHeaders {

    private static final String PREFIX = "quarkus.http.header.";
    private static final String SUFFIX = ".value";

    private final Map<String, String> headers;

    private SecurityHeaders(Map<String, String> headers) {
        this.headers = headers;
    }

    static SecurityHeaders of(Config config) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String property : config.getPropertyNames()) {
            if (property.startsWith(PREFIX) && property.endsWith(SUFFIX)) {
                String name = property.substring(PREFIX.length(), property.length() - SUFFIX.length()).replace("\"", "");
                config.getOptionalValue(property, String.class).ifPresent(value -> headers.put(name, value));
            }
        }
        return new SecurityHeaders(headers);
    }

    void addTo(HttpServerResponse response) {
        headers.forEach(response::putHeader);
    }
}
