package vn.dvc.assistant.channels;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sends the parts of one reply in order, each with retries; stops at a part that fails and stores the rest. */
@ApplicationScoped
public class ReplyDelivery {

    private static final SendOutcome NOT_SENT = SendOutcome.permanentFailure("not_sent",
            "an earlier part of the same reply could not be sent");

    private final Retries retries;
    private final FailedSends failedSends;
    private final ChannelActivity activity;
    private final ObjectMapper mapper;

    ReplyDelivery(Retries retries, FailedSends failedSends, ChannelActivity activity, ObjectMapper mapper) {
        this.retries = retries;
        this.failedSends = failedSends;
        this.activity = activity;
        this.mapper = mapper;
    }

    /** A whole reply at once, kept nowhere in between (a message the database was down to keep). */
    public void sendAll(Channel channel, String recipient, List<? extends JsonNode> parts) {
        channel.beforeReply(recipient);
        for (int i = 0; i < parts.size(); i++) {
            if (!send(channel, recipient, parts, i)) {
                return;
            }
        }
        activity.delivered(channel.name());
    }

    /**
     * Sends part {@code index} of a reply with retries: true when the platform took it. When it did not, that part
     * and the ones after it are stored as failed.
     */
    public boolean send(Channel channel, String recipient, List<? extends JsonNode> parts, int index) {
        Retries.Result result = retries.run(channel.attempt(parts.get(index)));
        if (result.outcome().delivered()) {
            return true;
        }
        giveUp(channel.name(), recipient, parts, index, result.outcome(), result.attempts());
        return false;
    }

    /** Stores part {@code index} as failed with {@code outcome}, and the parts after it as not sent. */
    public void giveUp(String channel, String recipient, List<? extends JsonNode> parts, int index, SendOutcome outcome, int attempts) {
        failedSends.record(channel, recipient, outcome, attempts, json(parts.get(index)));
        // Later parts would read as nonsense without this one; keep them with the failure instead.
        for (JsonNode unsent : parts.subList(index + 1, parts.size())) {
            failedSends.record(channel, recipient, NOT_SENT, 0, json(unsent));
        }
    }

    private String json(JsonNode message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
