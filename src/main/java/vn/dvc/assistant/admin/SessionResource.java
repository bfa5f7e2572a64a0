package vn.dvc.assistant.admin;

import java.time.Duration;
import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.staff.AuditLog;
import vn.dvc.assistant.staff.StaffAccounts;
import vn.dvc.assistant.staff.StaffMember;
import vn.dvc.assistant.staff.StaffSessions;

/** Logging in and out of the admin page with a staff account; the session is an HttpOnly, SameSite=Strict cookie. */
@Path(AdminGuard.SESSION_PATH)
public class SessionResource {

    public record Login(String username, String password) {
    }

    public record Session(String username, String displayName, String role, Instant expiresAt) {
    }

    private final StaffAccounts accounts;
    private final StaffSessions sessions;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    SessionResource(StaffAccounts accounts, StaffSessions sessions, CurrentStaff currentStaff, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in", description = "{username, password}: 200 with the session cookie, 401 for a wrong password")
    public Response login(Login login) {
        if (login == null || login.username() == null || login.password() == null) {
            throw ApiException.badRequest("missing_field", "send {\"username\": \"...\", \"password\": \"...\"}");
        }
        StaffMember member = accounts.authenticate(login.username().strip(), login.password())
                .orElseThrow(() -> new ApiException(401, "invalid_login", "wrong username or password, or the account is switched off"));
        StaffSessions.Opened opened = sessions.open(member);
        audit.record(member, "login", member.username(), null);
        return Response.ok(new Session(member.username(), member.displayName(), member.role().key(), opened.expiresAt()))
                .cookie(cookie(opened.token(), sessions.config().sessionLength())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who is logged in", description = "the staff member of the session cookie or the admin token")
    public Session current() {
        StaffMember member = currentStaff.member();
        return new Session(member.username(), member.displayName(), member.role().key(), null);
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log out", description = "ends the session of the cookie")
    public Response logout(@CookieParam(AdminGuard.SESSION_COOKIE) String token) {
        sessions.close(token);
        return Response.noContent().cookie(cookie("", Duration.ZERO)).build();
    }

    private NewCookie cookie(String value, Duration lasting) {
        return new NewCookie.Builder(AdminGuard.SESSION_COOKIE).value(value).path(AdminGuard.ADMIN_PATH)
                .httpOnly(true).secure(sessions.config().secureCookie()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) lasting.toSeconds()).build();
    }
}
