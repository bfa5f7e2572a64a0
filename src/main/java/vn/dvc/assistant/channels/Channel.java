package vn.dvc.assistant.channels;

import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A messaging platform the assistant answers on. */
public interface Channel {

    /** The channel's key in the conversation store: "messenger", "zalo". */
    String name();

    /** The environment variables still to set: the channel is on when none is missing. */
    List<String> missingSecrets();

    /** Whether its secrets are set; a reply kept for it while it was on is stored as failed once it is off. */
    default boolean isOn() {
        return missingSecrets().isEmpty();
    }

    /**
     * The citizen's words as the dialogue should read them. Runs in the turn's transaction, so a channel
     * may look at the conversation so far (Zalo turns "2" into the second suggestion it listed).
     */
    default String readAsTyped(String sender, String text) {
        return text;
    }

    /** The reply fitted to the platform's limits: the requests that send it, in order. */
    List<ObjectNode> messages(String recipient, ChannelReply reply);

    /** Before the first message of a reply: worth one attempt, never a retry (Messenger shows the page typing). */
    default void beforeReply(String recipient) {
    }

    /**
     * Makes, for one request as {@link #messages} builds and the outbox and {@link FailedSend} keep them, the attempt
     * to repeat while the platform says a later one may work; it may keep state across them.
     */
    Supplier<SendOutcome> attempt(JsonNode request);
}
