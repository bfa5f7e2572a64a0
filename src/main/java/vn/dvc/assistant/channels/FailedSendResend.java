package vn.dvc.assistant.channels;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A staff member sends a stored failed reply again: one attempt, its outcome told at once. Delivered, the failed send
 * is deleted; refused again, it keeps the platform's new error. The row is locked meanwhile, so that two staff pressing
 * at once send it once: the second waits, then finds it gone (or, refused again, tries once more).
 */
@ApplicationScoped
public class FailedSendResend {

    private static final Logger LOG = Logger.getLogger(FailedSendResend.class);

    /** The channel the reply was for is off now: nothing can be sent on it. */
    public static final class ChannelOff extends RuntimeException {
        ChannelOff(String channel, List<String> missing) {
            super("the " + channel + " channel is off (" + String.join(", ", missing) + " not set): nothing can be sent on it",
                    null, false, false);
        }
    }

    /** @param errorCode the platform's error when it refused the reply again; null when delivered */
    public record Outcome(long id, String channel, String recipient, boolean delivered, String errorCode, String errorMessage) {
    }

    private final Channels channels;
    private final ChannelActivity activity;
    private final ObjectMapper mapper;

    FailedSendResend(Channels channels, ChannelActivity activity, ObjectMapper mapper) {
        this.channels = channels;
        this.activity = activity;
        this.mapper = mapper;
    }

    /** Empty when there is no such failed send (never stored, purged, or resent meanwhile). */
    public Optional<Outcome> resend(long id) {
        Optional<Outcome> outcome = QuarkusTransaction.requiringNew().call(() -> {
            FailedSend failed = FailedSend.findById(id, LockModeType.PESSIMISTIC_WRITE);
            return failed == null ? Optional.<Outcome>empty() : Optional.of(resend(failed));
        });
        outcome.filter(Outcome::delivered).ifPresent(sent -> activity.delivered(sent.channel()));
        return outcome;
    }

    private Outcome resend(FailedSend failed) {
        Channel channel = channels.find(failed.channel)
                .orElseThrow(() -> new ChannelOff(failed.channel, List.of("no such channel")));
        if (!channel.isOn()) {
            throw new ChannelOff(failed.channel, channel.missingSecrets());
        }
        SendOutcome sent = Retries.guarded(channel.attempt(payload(failed)));
        if (sent.delivered()) {
            LOG.infof("%s: failed send %d to %s delivered on a staff member's resend", failed.channel, failed.id, failed.recipient);
            failed.delete();
            return new Outcome(failed.id, failed.channel, failed.recipient, true, null, null);
        }
        failed.errorCode = FailedSends.cut(sent.errorCode(), 64);
        failed.errorMessage = FailedSends.cut(sent.errorMessage(), 1000);
        failed.attempts++;
        failed.failedAt = Instant.now();
        activity.failed(failed.channel, failed.errorCode, failed.errorMessage, failed.failedAt);
        return new Outcome(failed.id, failed.channel, failed.recipient, false, failed.errorCode, failed.errorMessage);
    }

    private JsonNode payload(FailedSend failed) {
        try {
            return mapper.readTree(failed.payload);
        } catch (IOException e) {
            throw new IllegalStateException("failed send " + failed.id + " holds a payload that is not JSON", e);
        }
    }
}
