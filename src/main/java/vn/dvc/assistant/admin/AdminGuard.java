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
import vn.dvc.assistant.staff.Role;
import vn.dvc.assistant.staff.StaffMember;
import vn.dvc.assistant.staff.StaffSessions;

/**
 * The admin API answers a logged-in staff member (the session cookie) or the bearer token ADMIN_TOKEN, each within
 * its role: reading needs a viewer, changing an editor, accounts and the audit log an admin. With no ADMIN_TOKEN
 * configured it is off (404): the token is what creates the first staff account.
 */
@ApplicationScoped
public class AdminGuard {

    private static final Logger LOG = Logger.getLogger(AdminGuard.class);
    static final String ADMIN_PATH = "/api/v1/admin";
    static final String PAGE_PATH = "/admin";
    static final String SESSION_PATH = ADMIN_PATH + "/session";
    static final String SESSION_COOKIE = "dvc_admin_session";
    private static final String BEARER = "Bearer ";

    /** A token anyone could guess in production: 32 characters is 190 bits when drawn from base64. */
    static final int MIN_PRODUCTION_TOKEN_LENGTH = 32;

    private final Optional<String> token;
    private final StaffSessions sessions;
    private final CurrentStaff currentStaff;
    private final RateLimiter failures;
    private final ClientAddresses clients;

    AdminGuard(AdminConfig config, StaffSessions sessions, CurrentStaff currentStaff, RateLimits limits, ClientAddresses clients) {
        this.token = config.token().filter(t -> !t.isBlank());
        this.sessions = sessions;
        this.currentStaff = currentStaff;
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
        String path = request.getUriInfo().getPath();
        if (path.equals(SESSION_PATH) && request.getMethod().equals("POST")) {
            return Optional.empty(); // logging in
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<StaffMember> member;
        if (header != null) {
            member = header.startsWith(BEARER) && sameSecret(header.substring(BEARER.length()), token.get())
                    ? Optional.of(StaffMember.AUTOMATION) : Optional.empty();
        } else {
            var cookie = request.getCookies().get(SESSION_COOKIE);
            member = cookie == null ? Optional.empty() : sessions.member(cookie.getValue());
        }
        if (member.isEmpty()) {
            return Optional.of(wrongToken(clients.of(connection), header != null));
        }
        Role needed = needed(request.getMethod(), path);
        if (!member.get().role().allows(needed)) {
            return Optional.of(refuse(403, "forbidden", "the role '" + member.get().role().key() + "' of " + member.get().username()
                    + " may not do this; it needs the role '" + needed.key() + "'"));
        }
        currentStaff.set(member.get());
        return Optional.empty();
    }

    /** Reading needs a viewer, changing an editor; staff accounts and the audit log need an admin. */
    static Role needed(String method, String path) {
        if (path.startsWith(ADMIN_PATH + "/staff") || path.startsWith(ADMIN_PATH + "/audit")) {
            return Role.ADMIN;
        }
        boolean reading = method.equals("GET") || method.equals("HEAD") || path.equals(SESSION_PATH);
        return reading ? Role.VIEWER : Role.EDITOR;
    }

    /**
     * A wrong or missing token or session: counted per address, so that it cannot be guessed at full speed; logged (never the
     * token) while under the limit, then once per run of refusals, so a guesser cannot flood the log either.
     */
    private Response wrongToken(String client, boolean tokenSent) {
        Admission admission = failures.admit(client);
        if (admission.allowed()) {
            if (tokenSent) {
                LOG.warnf("Admin API: wrong token from %s", client);
            }
            return refuse(401, "unauthorized", "log in with a staff account, or send the admin token as 'Authorization: Bearer <token>'");
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
