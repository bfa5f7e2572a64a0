package vn.dvc.assistant.channels.zalo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.assistant.channels.Acknowledgement;
import vn.dvc.assistant.channels.ChannelRelay;
import vn.dvc.assistant.channels.InboundMessage;
import vn.dvc.assistant.channels.Signatures;
import vn.dvc.assistant.channels.WebhookJson;
import vn.dvc.assistant.chat.ApiException;

/** Zalo's webhook for the Official Account: events acknowledged at once and answered after. */
@Path("/webhooks/zalo")
public class ZaloWebhook {

    private final ZaloConfig config;
    private final ZaloChannel channel;
    private final ChannelRelay relay;
    private final ObjectMapper mapper;

    ZaloWebhook(ZaloConfig config, ZaloChannel channel, ChannelRelay relay, ObjectMapper mapper) {
        this.config = config;
        this.channel = channel;
        this.relay = relay;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Zalo OA events", description = "Signed with X-ZEvent-Signature; answered asynchronously.")
    public Acknowledgement receive(@HeaderParam("X-ZEvent-Signature") String signature, byte[] body) {
        if (!channel.isOn()) {
            throw ApiException.notFound("channel_off", "the Zalo OA channel is not configured on this server");
        }
        if (signature == null || signature.isBlank()) {
            throw refused();
        }
        byte[] raw = body == null ? new byte[0] : body;
        // The signed timestamp is inside the body: only it is scanned for before the signature holds; the body is
        // parsed once the bytes as received are known to be Zalo's.
        String timestamp = WebhookJson.topLevelField(mapper, raw, "timestamp");
        if (timestamp == null || timestamp.isBlank()) {
            throw refused();
        }
        String expected = "mac=" + Signatures.sha256Hex(
                config.appId().orElseThrow().getBytes(StandardCharsets.UTF_8), raw,
                timestamp.getBytes(StandardCharsets.UTF_8), config.oaSecretKey().orElseThrow().getBytes(StandardCharsets.UTF_8));
        if (!Signatures.sameText(expected, signature.strip().toLowerCase(Locale.ROOT))) {
            throw refused();
        }
        Optional<InboundMessage> message = ZaloEvents.toAnswer(WebhookJson.object(mapper, raw));
        message.ifPresent(m -> relay.accept(channel, m));
        return Acknowledgement.received(message.isPresent() ? 1 : 0);
    }

    private static ApiException refused() {
        return new ApiException(403, "invalid_signature",
                "X-ZEvent-Signature is missing or does not match: mac=sha256(app_id + body + timestamp + OA secret key)");
    }
}
