package vn.dvc.assistant.channels.messenger;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.channels.Acknowledgement;
import vn.dvc.assistant.channels.ChannelRelay;
import vn.dvc.assistant.channels.InboundMessage;
import vn.dvc.assistant.channels.Signatures;
import vn.dvc.assistant.channels.WebhookJson;
import vn.dvc.assistant.chat.ApiException;

/** Meta's webhook for the Facebook page: the URL check, then the events, acknowledged at once and answered after. */
@Path("/webhooks/messenger")
public class MessengerWebhook {

    private static final int MAX_CHALLENGE = 256;

    private final MessengerConfig config;
    private final MessengerChannel channel;
    private final ChannelRelay relay;
    private final ObjectMapper mapper;

    MessengerWebhook(MessengerConfig config, MessengerChannel channel, ChannelRelay relay, ObjectMapper mapper) {
        this.config = config;
        this.channel = channel;
        this.relay = relay;
        this.mapper = mapper;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Meta's check of the webhook URL", description = "Answers hub.challenge when hub.verify_token is ours.")
    public String verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String verifyToken,
                         @QueryParam("hub.challenge") String challenge) {
        requireOn();
        if (!"subscribe".equals(mode) || !Signatures.sameText(config.verifyToken().orElseThrow(), verifyToken)) {
            throw new ApiException(403, "verification_refused", "hub.mode must be subscribe and hub.verify_token the configured one");
        }
        if (challenge == null || challenge.isBlank() || challenge.length() > MAX_CHALLENGE) {
            throw ApiException.badRequest("invalid_challenge", "hub.challenge must hold the value to echo back");
        }
        return challenge;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Meta's page events", description = "Signed with X-Hub-Signature-256 over the raw body; answered asynchronously.")
    public Acknowledgement receive(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body) {
        requireOn();
        byte[] raw = body == null ? new byte[0] : body;
        // Over the bytes as received: re-serialized JSON (\u00e9 versus é) would not match.
        String expected = "sha256=" + Signatures.hmacSha256Hex(config.appSecret().orElseThrow(), raw);
        if (!Signatures.sameText(expected, signature == null ? null : signature.strip().toLowerCase(Locale.ROOT))) {
            throw new ApiException(403, "invalid_signature",
                    "X-Hub-Signature-256 is missing or does not match the body: sign it with the app secret");
        }
        List<InboundMessage> messages = MessengerEvents.toAnswer(WebhookJson.object(mapper, raw), config.getStartedPayload());
        messages.forEach(message -> relay.accept(channel, message));
        return Acknowledgement.received(messages.size());
    }

    private void requireOn() {
        if (!channel.isOn()) {
            throw ApiException.notFound("channel_off", "the Messenger channel is not configured on this server");
        }
    }
}
