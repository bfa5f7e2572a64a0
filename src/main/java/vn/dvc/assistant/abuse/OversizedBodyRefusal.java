package vn.dvc.assistant.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

import vn.dvc.assistant.chat.ApiError;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with the API's JSON error. Quarkus
 * refuses it too, but with an empty body; this runs just before its check (order -2) so clients get a reason.
 */
@ApplicationScoped
class OversizedBodyRefusal {

    private static final int BEFORE_QUARKUS_BODY_LIMIT = -3;

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) throws JsonProcessingException {
        long limit = maxBodySize.asLongValue();
        String refusal = json.writeValueAsString(new ApiError(413, "payload_too_large",
                "the body is larger than " + limit / 1024 + " KiB; send a shorter message"));
        router.route().order(BEFORE_QUARKUS_BODY_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, limit)) {
                // The rest of the body is not read: close the connection rather than drain it.
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(refusal);
            } else {
                context.next();
            }
        });
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
