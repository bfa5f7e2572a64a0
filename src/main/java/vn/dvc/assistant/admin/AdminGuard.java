package vn.dvc.assistant.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

import vn.dvc.assistant.abuse.Admission;
import vn.dvc.assistant.abuse.ClientAddresses;
import vn.dvc.assistant.abuse.RateLimiter;
import vn.dvc.assistant.abuse.RateLimits;
import vn.dvc.assistant.abuse.WebRateLimitFilter;
import vn.dvc.assistant.chat.ApiError;

/** The admin API answers only a bearer token equal to ADMIN_TOKEN; with none configured it is off (404). */
@ApplicationScoped
public class AdminGuard {

    private static final Logger LOG = Logger.getLogger(AdminGuard.class);
    static final String ADMIN_PATH = "/api/v1/admin";
    static final String PAGE_PATH = "/admin";
    private static final String BEARER = "Bearer ";

    /** A token anyone could guess in production: 32 characters is 190 bits when drawn from base64. */
    static final int MIN_PRODUCTION_TOKEN_LENGTH = 32;

    private final Optional<String> token;
    private final RateLimiter failures;
    private final ClientAddresses clients;

    AdminGuard(AdminConfig config, RateLimits limits, ClientAddresses clients) {
        this.token = config.token().filter(t -> !t.isBlank());
        this.failures = limits.adminFailures();
        this.clients = clients;
    }

    void announce(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL && token.isPresent() && token.get().length() < MIN_PRODUCTION_TOKEN_LENGTH) {
            throw new IllegalStateException("ADMIN_TOKEN has " + token.get().length() + " characters; production needs at least "
                    + MIN_PRODUCTION_TOKEN_LENGTH + " (make one with: openssl rand -base64 32), or unset it to turn the admin API off");
        }
        if (token.isEmpty()) {
            LOG.info("Admin API and page off: set ADMIN_TOKEN to turn them on; " + ADMIN_PATH + " and " + PAGE_PATH + " answer 404");
        }
    }

    /** Without a token the admin page is not served either: there would be nothing it could do. */
    void hidePage(@Observes Router router, ObjectMapper json) throws JsonProcessingException {
        if (token.isEmpty()) {
            String refusal = json.writeValueAsString(new ApiError(404, "admin_off", "the admin page is off: the service has no ADMIN_TOKEN"));
            router.routeWithRegex(PAGE_PATH + "(/.*)?").handler(request -> request.response()
                    .setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                    .end(refusal));
        }
    }

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext request, HttpServerRequest connection) {
        if (!request.getUriInfo().getPath().startsWith(ADMIN_PATH)) {
            return Optional.empty();
        }
        if (token.isEmpty()) {
            return Optional.of(refuse(404, "admin_off", "the admin API is off: the service has no ADMIN_TOKEN"));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER) || !sameSecret(header.substring(BEARER.length()), token.get())) {
            return Optional.of(wrongToken(clients.of(connection), header != null));
        }
        return Optional.empty();
    }

    /**
     * A wrong or missing token: counted per address, so that it cannot be guessed at full speed; logged (never the
     * token) while under the limit, then once per run of refusals, so a guesser cannot flood the log either.
     */
    private Response wrongToken(String client, boolean tokenSent) {
        Admission admission = failures.admit(client);
        if (admission.allowed()) {
            if (tokenSent) {
                LOG.warnf("Admin API: wrong token from %s", client);
            }
            return refuse(401, "unauthorized", "send the admin token as 'Authorization: Bearer <token>'");
        }
        if (admission.firstRefusal()) {
            LOG.warnf("Admin API: too many wrong tokens from %s; refused for %d s", client, admission.retryAfterSeconds());
        }
        return WebRateLimitFilter.tooMany(admission);
    }

    private static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Response refuse(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status, error, message)).build();
    }
}
