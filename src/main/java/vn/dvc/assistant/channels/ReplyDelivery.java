package vn.dvc.assistant.channels;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * @param sender makes, for one message, the attempt to repeat: it may keep state across its attempts
     */
    public void sendInOrder(String channel, String recipient, List<? extends JsonNode> messages,
                            Function<JsonNode, Supplier<SendOutcome>> sender) {
        for (int i = 0; i < messages.size(); i++) {
            Retries.Result result = retries.run(sender.apply(messages.get(i)));
            if (!result.outcome().delivered()) {
                failedSends.record(channel, recipient, result.outcome(), result.attempts(), json(messages.get(i)));
                // Later parts would read as nonsense without this one; keep them with the failure instead.
                for (JsonNode unsent : messages.subList(i + 1, messages.size())) {
                    failedSends.record(channel, recipient, NOT_SENT, 0, json(unsent));
                }
                return;
            }
        }
        activity.delivered(channel);
    }

    private String json(JsonNode message) {
        try {
            return mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
