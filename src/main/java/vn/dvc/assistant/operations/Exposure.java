package vn.dvc.assistant.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps the API description and the metrics off the public port unless {@link ExposureConfig} lets them on.
 * Runs before Quarkus' own routes for them; refusals are the API's JSON errors (written here, as operations
 * comes before the web layer).
 */
@ApplicationScoped
class Exposure {

    private static final String NOT_HERE = "{\"status\":404,\"error\":\"not_found\",\"message\":\"there is nothing at this address\"}";
    private static final String TOKEN_NEEDED = "{\"status\":401,\"error\":\"unauthorized\","
            + "\"message\":\"send the metrics token as 'Authorization: Bearer <token>'\"}";
    private static final int BEFORE_QUARKUS_ROUTES = -5;

    void install(@Observes Router router, ExposureConfig config) {
        if (!config.apiDocs()) {
            router.routeWithRegex("/q/(openapi|swagger-ui)(/.*|[.].*)?").order(BEFORE_QUARKUS_ROUTES)
                    .handler(context -> refuse(context, 404, NOT_HERE));
        }
        if (!config.metricsPublic()) {
            Optional<String> token = config.metricsToken().filter(t -> !t.isBlank());
            router.routeWithRegex("/q/metrics(/.*)?").order(BEFORE_QUARKUS_ROUTES).handler(context -> {
                if (token.isEmpty()) {
                    refuse(context, 404, NOT_HERE);
                } else if (!bearer(context, token.get())) {
                    refuse(context, 401, TOKEN_NEEDED);
                } else {
                    context.next();
                }
            });
        }
    }

    private static boolean bearer(RoutingContext context, String token) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.startsWith("Bearer ") && MessageDigest.isEqual(
                header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(RoutingContext context, int status, String body) {
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body);
    }
}
