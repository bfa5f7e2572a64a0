package vn.dvc.assistant.channels;

import vn.dvc.assistant.chat.TextChecks;

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

    /** The longest sender id stored (conversation.externalUser); Messenger's and Zalo's ids are about 20 digits. */
    static final int MAX_SENDER_LENGTH = 64;
    /**
     * Whether the sender id fits what is stored for it; an event whose sender does not is not one a platform sent.
     * (A long message id is stored as its hash: ProcessedMessages.)
     */
    static boolean fits(InboundMessage message) {
        return message.sender() != null && !message.sender().isBlank() && message.sender().length() <= MAX_SENDER_LENGTH
                && TextChecks.problem(message.sender()) == null;
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
