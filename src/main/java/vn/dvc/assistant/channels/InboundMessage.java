package vn.dvc.assistant.channels;

/**
 * One event from a platform that deserves an answer.
 *
 * @param messageId the platform's id for the event, used to drop a second delivery
 * @param sender    the citizen's id on the platform, always kept as text
 * @param text      what the citizen wrote, or null when {@code kind} is not {@link Kind#TEXT}
 */
public record InboundMessage(String messageId, String sender, Kind kind, String text) {

    public enum Kind {
        /** A question or an answer typed, tapped or picked from a menu. */
        TEXT,
        /** The citizen opened the conversation (Get Started, follow): greet them. */
        GREETING,
        /** A picture, a sticker, a file...: the assistant reads only text. */
        NOT_TEXT
    }

    public static InboundMessage text(String messageId, String sender, String text) {
        return new InboundMessage(messageId, sender, Kind.TEXT, text);
    }

    public static InboundMessage greeting(String messageId, String sender) {
        return new InboundMessage(messageId, sender, Kind.GREETING, null);
    }

    public static InboundMessage notText(String messageId, String sender) {
        return new InboundMessage(messageId, sender, Kind.NOT_TEXT, null);
    }
}
