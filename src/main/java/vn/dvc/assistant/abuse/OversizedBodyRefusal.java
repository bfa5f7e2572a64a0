package vn.dvc.assistant.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vn.dvc.assistant.chat.ApiError;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with the API's JSON error. Quarkus
 * refuses it too, but with an empty body; this runs just before its check (order -2) so clients get a reason.
 *
 * <p>A body sent in chunks, without Content-Length, is refused with 411: its size is only known once it is read,
 * and past the limit Quarkus cut it off under the endpoint reading it, with an empty 413 and a stack trace per
 * request in the log (issue 15). Browsers, the widget, Messenger and Zalo all send Content-Length.
 */
@ApplicationScoped
class OversizedBodyRefusal {

    private static final int BEFORE_QUARKUS_BODY_LIMIT = -3;

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, Config config)
            throws JsonProcessingException {
        long limit = maxBodySize.asLongValue();
        String refusal = json.writeValueAsString(new ApiError(413, "payload_too_large",
                "the body is larger than " + limit / 1024 + " KiB; send a shorter message"));
        String lengthRequired = json.writeValueAsString(new ApiError(411, "length_required",
                "send the body with a Content-Length header, not in chunks"));
        SecurityHeaders securityHeaders = SecurityHeaders.of(config);
        router.route().order(BEFORE_QUARKUS_BODY_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, limit)) {
                refuse(context, 413, refusal, securityHeaders);
            } else if (length == null && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                refuse(context, 411, lengthRequired, securityHeaders);
            } else {
                context.next();
            }
        });
    }

    /** The rest of the body is not read: close the connection rather than drain it. */
    private static void refuse(RoutingContext context, int status, String body, SecurityHeaders securityHeaders) {
        securityHeaders.addTo(context.response());
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException malformed) {
            // Left to Vert.x, which refuses a malformed Content-Length itself.
            return false;
        }
    }
}
