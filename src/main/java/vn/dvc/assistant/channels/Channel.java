package vn.dvc.assistant.channels;

import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/** A messaging platform the assistant answers on. */
public interface Channel {

    /** The channel's key in the conversation store: "messenger", "zalo". */
    String name();

    /**
     * The citizen's words as the dialogue should read them. Runs in the turn's transaction, so a channel
     * may look at the conversation so far (Zalo turns "2" into the second suggestion it listed).
     */
    default String readAsTyped(String sender, String text) {
        return text;
    }

    /** Fits the reply to the platform's limits and sends it; what cannot be sent is logged and stored. */
    void deliver(String recipient, ChannelReply reply);

    /** The environment variables still to set: the channel is on when none is missing. */
    List<String> missingSecrets();

    default boolean isOn() {
        return missingSecrets().isEmpty();
    }

    /**
     * One attempt to send one platform message, as {@link #deliver} builds and {@link FailedSend} keeps them; it may keep
     * state across the attempts a caller repeats it.
     */
    Supplier<SendOutcome> attempt(JsonNode message);
}
