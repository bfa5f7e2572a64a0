package vn.dvc.assistant.abuse;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import vn.dvc.assistant.chat.ApiError;

/**
 * Limits the endpoints anyone may call as fast as they like: POST /api/v1/chat and POST /api/v1/feedback (and its
 * /comment, counted with it), per client address, by the route the request was matched to (not its raw path, which
 * has many spellings). Reading endpoints, admin (behind a token, with its own guard against guessing) and health
 * checks are not limited.
 */
public class WebRateLimitFilter {

    private final RateLimits limits;
    private final ClientAddresses clients;

    WebRateLimitFilter(RateLimits limits, ClientAddresses clients) {
        this.limits = limits;
        this.clients = clients;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext context, HttpServerRequest request, ResourceInfo resource) {
        if (!HttpMethod.POST.equals(context.getMethod())) {
            return null;
        }
        String route = MatchedRoute.of(resource);
        RateLimiter limiter = route == null ? null : switch (route) {
            case "/api/v1/chat" -> limits.chat();
            case "/api/v1/feedback", "/api/v1/feedback/comment" -> limits.feedback();
            default -> null;
        };
        if (limiter == null) {
            return null;
        }
        Admission admission = limiter.admit(clients.of(request));
        if (admission.allowed()) {
            return null;
        }
        return tooMany(admission);
    }

    /** The 429 every web limit answers: Retry-After and a JSON error saying how long to wait. */
    public static Response tooMany(Admission admission) {
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, admission.retryAfterSeconds())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(429, "rate_limited", "too many requests from this address; wait "
                        + admission.retryAfterSeconds() + " second(s) and try again"))
                .build();
    }
}
