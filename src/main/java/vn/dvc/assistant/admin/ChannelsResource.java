package vn.dvc.assistant.admin;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dvc.assistant.channels.FailedSendResend;
import vn.dvc.assistant.chat.ApiException;
import vn.dvc.assistant.staff.AuditLog;

/** Messenger's and Zalo's health: on or off, last delivery, last error, the replies refused and a resend. */
@Path(AdminGuard.ADMIN_PATH + "/channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    private final ChannelHealth health;
    private final FailedSendResend resend;
    private final AuditLog audit;
    private final CurrentStaff currentStaff;

    ChannelsResource(ChannelHealth health, FailedSendResend resend, AuditLog audit, CurrentStaff currentStaff) {
        this.health = health;
        this.resend = resend;
        this.audit = audit;
        this.currentStaff = currentStaff;
    }

    @GET
    @Transactional
    @Operation(summary = "Each channel's state", description = "on or off (with the secrets still to set), the last "
            + "delivery, the last platform error and how many failed sends are kept")
    public List<ChannelHealth.ChannelState> channels() {
        return health.states();
    }

    @GET
    @Path("/failed-sends")
    @Transactional
    @Operation(summary = "Replies the platform refused, newest first",
            description = "with the platform's error and the message's text; channel narrows them; page from 0, size up to 200")
    public Paging.Page<ChannelHealth.FailedSendView> failedSends(@QueryParam("channel") String channel,
                                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        return health.failedSends(ConversationBrowser.Filter.channel(channel), Paging.parse(page, size));
    }

    @POST
    @Path("/failed-sends/{id}/resend")
    @Operation(summary = "Send a failed reply again", description = "one attempt: delivered, the failed send is removed; "
            + "refused, it keeps the platform's new error (delivered false). 404 when there is no such failed send, 409 "
            + "when its channel is off.")
    public FailedSendResend.Outcome resend(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_id", "the failed send's id is a number");
        }
        FailedSendResend.Outcome outcome;
        try {
            outcome = resend.resend(number).orElseThrow(() -> ApiException.notFound("unknown_failed_send",
                    "there is no failed send " + id + ": it was resent, or deleted after the retention period"));
        } catch (FailedSendResend.ChannelOff e) {
            throw ApiException.conflict("channel_off", e.getMessage());
        }
        audit.record(currentStaff.member(), "channel.resend", outcome.channel() + " #" + outcome.id() + " to " + outcome.recipient(),
                outcome.delivered() ? "delivered" : "refused again: " + outcome.errorCode() + " " + outcome.errorMessage());
        return outcome;
    }
}
