package vn.dvc.assistant.abuse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import vn.dvc.assistant.chat.ApiError;

/**
 * Requests the HTTP layer refuses before any endpoint sees them (no Host header, a malformed escape in the address, a
 * URI or headers too long): the
 * API's JSON error with the security headers, and one debug line, instead of an empty reply, or Quarkus' error page and an ERROR with a stack trace per request.
 */
@ApplicationScoped
public class ProtocolRefusals {

    private static final Logger LOG = Logger.getLogger(ProtocolRefusals.class);

    /** The system property that turns Quarkus' own check of the address off: this class makes it with a JSON error. */
    public static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    void install(@Observes Router router, ObjectMapper json, Config config) throws JsonProcessingException {
        SecurityHeaders securityHeaders = SecurityHeaders.of(config);
        Map<Integer, String> bodies = new LinkedHashMap<>();
        bodies.put(400, json.writeValueAsString(new ApiError(400, "bad_request",
                "the request is malformed: check the address (every % must start an escape such as %20) and the Host header")));
        bodies.put(413, json.writeValueAsString(new ApiError(413, "payload_too_large", "the body is too large; send a shorter message")));
        bodies.put(414, json.writeValueAsString(new ApiError(414, "request_too_large", "the address is too long")));
        bodies.put(431, json.writeValueAsString(new ApiError(431, "request_too_large", "the headers are too long")));
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (context.request().uri() != null && isWellFormed(context.request().uri())) {
                context.next();
            } else {
                refuse(context, 400, securityHeaders, bodies.get(400));
            }
        });
        // A failure a handler raised (a missing Host header, a body past the limit)...
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            String body = bodies.get(context.statusCode());
            if (body == null || context.response().headWritten()) {
                context.next();
                return;
            }
            refuse(context, context.statusCode(), securityHeaders, body);
        });
        // ...one the router meets before any route can match...
        bodies.forEach((status, body) -> router.errorHandler(status, context -> {
            if (!context.response().headWritten()) {
                refuse(context, status, securityHeaders, body);
            }
        }));
    }

    /**
     * An address java.net.URI refuses (a malformed escape such as "%zz"), before any route reads it. Quarkus makes the
     * same check ahead of the router and answers an empty 400 without headers; the service starts with that check off
     * ({@link #QUARKUS_URI_CHECK_OFF}, set by the entry point and the test runs) so that this one answers instead.
     */
    private static boolean isWellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext context, int status, SecurityHeaders securityHeaders, String body) {
        LOG.debugf("Refused %s %s: %d", context.request().method(), context.request().uri(), status);
        securityHeaders.addTo(context.response());
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
