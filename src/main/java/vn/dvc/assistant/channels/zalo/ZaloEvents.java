package vn.dvc.assistant.channels.zalo;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dvc.assistant.channels.InboundMessage;
import vn.dvc.assistant.channels.WebhookJson;

/**
 * The Zalo OA event that deserves an answer, if this one does. The OA's own sends (oa_send_*), receipts and
 * "seen" events are left out, or the bot would talk to itself. Ids stay text: they exceed 2^53.
 */
final class ZaloEvents {

    private ZaloEvents() {
    }

    static Optional<InboundMessage> toAnswer(JsonNode root) {
        String event = root.path("event_name").asText("");
        String timestamp = root.path("timestamp").asText("");
        if ("follow".equals(event)) {
            String follower = WebhookJson.id(root.path("follower").path("id"));
            return Optional.ofNullable(follower).map(id -> InboundMessage.greeting("follow:" + id + ":" + timestamp, id));
        }
        if (!event.startsWith("user_send_")) {
            return Optional.empty();
        }
        String sender = WebhookJson.id(root.path("sender").path("id"));
        if (sender == null) {
            return Optional.empty();
        }
        JsonNode message = root.path("message");
        String messageId = Optional.ofNullable(WebhookJson.id(message.path("msg_id"))).orElse(event + ":" + sender + ":" + timestamp);
        if (!"user_send_text".equals(event)) {
            return Optional.of(InboundMessage.notText(messageId, sender));
        }
        return Optional.ofNullable(WebhookJson.text(message.path("text"))).map(text -> InboundMessage.text(messageId, sender, text));
    }
}
