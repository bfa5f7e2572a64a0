package vn.dvc.assistant.abuse;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpServerRequest;

/** The address a web request counts against, for every limit: the connection's, or behind trusted proxies theirs. */
@ApplicationScoped
public class ClientAddresses {

    private final RateLimitConfig config;

    ClientAddresses(RateLimitConfig config) {
        this.config = config;
    }

    public String of(HttpServerRequest request) {
        String remote = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return config.trustForwardedFor()
                ? ClientAddress.behindProxies(remote, request.headers().getAll("X-Forwarded-For"), config.trustedProxyHops())
                : remote;
    }
}
