package vn.dvc.assistant.channels.messenger;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dvc.assistant.channels.InboundMessage;
import vn.dvc.assistant.channels.WebhookJson;

/**
 * The events of a Messenger webhook POST that deserve an answer. Meta batches: every entry and every messaging
 * item is read. The page's own echoes, deliveries and reads are left out, or the bot would talk to itself.
 */
final class MessengerEvents {

    private MessengerEvents() {
    }

    static List<InboundMessage> toAnswer(JsonNode root, String getStartedPayload) {
        List<InboundMessage> messages = new ArrayList<>();
        if (!"page".equals(root.path("object").asText())) {
            return messages;
        }
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode event : entry.path("messaging")) {
                InboundMessage message = read(event, getStartedPayload);
                if (message != null) {
                    messages.add(message);
                }
            }
        }
        return messages;
    }

    private static InboundMessage read(JsonNode event, String getStartedPayload) {
        String sender = WebhookJson.id(event.path("sender").path("id"));
        if (sender == null) {
            return null;
        }
        if (event.has("message")) {
            return message(event.path("message"), sender, event.path("timestamp").asText());
        }
        if (event.has("postback")) {
            return postback(event.path("postback"), sender, event.path("timestamp").asText(), getStartedPayload);
        }
        return null;
    }

    private static InboundMessage message(JsonNode message, String sender, String timestamp) {
        if (message.path("is_echo").asBoolean(false)) {
            return null;
        }
        String id = idOr(message.path("mid"), "message", sender, timestamp);
        // A tapped quick reply carries the full suggestion in its payload; the text is only its short title.
        String picked = WebhookJson.text(message.path("quick_reply").path("payload"));
        if (picked != null) {
            return InboundMessage.text(id, sender, picked);
        }
        String text = WebhookJson.text(message.path("text"));
        if (text != null) {
            return InboundMessage.text(id, sender, text);
        }
        return message.path("attachments").isEmpty() ? null : InboundMessage.notText(id, sender);
    }

    private static InboundMessage postback(JsonNode postback, String sender, String timestamp, String getStartedPayload) {
        String id = idOr(postback.path("mid"), "postback", sender, timestamp);
        String payload = WebhookJson.text(postback.path("payload"));
        if (getStartedPayload.equals(payload)) {
            return InboundMessage.greeting(id, sender);
        }
        String text = payload != null ? payload : WebhookJson.text(postback.path("title"));
        return text == null ? null : InboundMessage.text(id, sender, text);
    }

    /** Postbacks did not always carry a mid: the sender and the time then name the event. */
    private static String idOr(JsonNode mid, String kind, String sender, String timestamp) {
        String id = WebhookJson.text(mid);
        return id != null ? id : kind + ":" + sender + ":" + timestamp;
    }
}
