package vn.dvc.assistant.abuse;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import vn.dvc.assistant.chat.ApiError;

/**
 * Limits the endpoints anyone may call as fast as they like: POST /api/v1/chat and POST /api/v1/feedback (and its
 * /comment, counted with it), per
 * client address. Reading endpoints, admin (behind a token) and health checks are not limited.
 */
public class WebRateLimitFilter {

    private final RateLimits limits;
    private final RateLimitConfig config;

    WebRateLimitFilter(RateLimits limits, RateLimitConfig config) {
        this.limits = limits;
        this.config = config;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!HttpMethod.POST.equals(context.getMethod())) {
            return null;
        }
        RateLimiter limiter = switch (request.path()) {
            case "/api/v1/chat" -> limits.chat();
            case "/api/v1/feedback", "/api/v1/feedback/comment" -> limits.feedback();
            default -> null;
        };
        if (limiter == null) {
            return null;
        }
        String remote = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String client = ClientAddress.of(remote, request.getHeader("X-Forwarded-For"), config.trustForwardedFor());
        Admission admission = limiter.admit(client);
        if (admission.allowed()) {
            return null;
        }
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, admission.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(429, "rate_limited", "too many requests from this address; wait "
                        + admission.retryAfterSeconds() + " second(s) and try again"))
                .build();
    }
}
