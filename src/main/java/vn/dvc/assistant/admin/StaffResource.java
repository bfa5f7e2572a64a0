package vn.dvc.assistant.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.staff.AuditLog;
import vn.dvc.assistant.staff.StaffAccounts;

/** Staff accounts and the audit log, for admins (and the admin token, which creates the first account). */
@Path(AdminGuard.ADMIN_PATH)
public class StaffResource {

    public record NewAccount(String username, String displayName, String role, String password) {
    }

    public record AccountChange(String displayName, String role, String password, Boolean active) {
    }

    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;

    StaffResource(StaffAccounts accounts, AuditLog audit, CurrentStaff currentStaff) {
        this.accounts = accounts;
        this.audit = audit;
        this.currentStaff = currentStaff;
    }

    @GET
    @Path("/staff")
    @Produces(MediaType.APPLICATION_JSON)
    public List<StaffAccounts.Account> list() {
        return accounts.list();
    }

    @POST
    @Path("/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a staff member", description = "{username, displayName?, role: viewer|editor|admin, password (10+ characters)}")
    public Response create(NewAccount account) {
        if (account == null) {
            throw ApiException.badRequest("missing_body", "send {\"username\", \"displayName\", \"role\", \"password\"}");
        }
        StaffAccounts.Account created = refusedAs400(() -> accounts.create(account.username(), account.displayName(),
                account.role(), account.password()));
        audit.record(currentStaff.member(), "staff.create", created.username(), "role " + created.role());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PATCH
    @Path("/staff/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a staff member", description = "any of {displayName, role, password, active}; "
            + "a new password, role or switching off ends the member's sessions")
    public StaffAccounts.Account update(@PathParam("username") String username, AccountChange change) {
        if (change == null) {
            throw ApiException.badRequest("missing_body", "send the fields to change, e.g. {\"active\": false}");
        }
        StaffAccounts.Account updated = refusedAs400(() -> accounts.update(username, change.displayName(), change.role(),
                change.password(), change.active())).orElseThrow(() -> ApiException.notFound("unknown_staff",
                "there is no account '" + username + "'"));
        audit.record(currentStaff.member(), "staff.update", username, changed(change));
        return updated;
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The audit log", description = "every change and export, newest first; page from 0, size up to 200")
    public List<AuditLog.Entry> auditLog(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return audit.page(paging.page(), paging.size());
    }

    private static String changed(AccountChange change) {
        List<String> fields = new java.util.ArrayList<>();
        if (change.displayName() != null) {
            fields.add("display name");
        }
        if (change.role() != null) {
            fields.add("role " + change.role());
        }
        if (change.password() != null) {
            fields.add("password");
        }
        if (change.active() != null) {
            fields.add(change.active() ? "switched on" : "switched off");
        }
        return String.join(", ", fields);
    }

    private static <T> T refusedAs400(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (StaffAccounts.Refused e) {
            throw new ApiException(e.error().equals("username_taken") ? 409 : 400, e.error(), e.getMessage());
        }
    }
}
