package vn.dvc.assistant.channels;

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
}
