package vn.dvc.assistant.channels;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.dvc.assistant.operations.DatabaseFailures;
import vn.dvc.assistant.operations.TurnMetrics;
import vn.dvc.assistant.privacy.PersonalDataMask;

/** Logs a reply that could not be sent with the platform's error, and stores it with personal data masked. */
@ApplicationScoped
public class FailedSends {

    private static final Logger LOG = Logger.getLogger(FailedSends.class);

    private final TurnMetrics metrics;
    private final DatabaseFailures databaseFailures;
    private final ChannelActivity activity;

    FailedSends(TurnMetrics metrics, DatabaseFailures databaseFailures, ChannelActivity activity) {
        this.metrics = metrics;
        this.databaseFailures = databaseFailures;
        this.activity = activity;
    }

    public void record(String channel, String recipient, SendOutcome outcome, int attempts, String payload) {
        LOG.errorf("%s: a reply to %s was not sent after %d attempt(s): error %s: %s",
                channel, recipient, attempts, outcome.errorCode(), outcome.errorMessage());
        FailedSend failed = new FailedSend();
        failed.channel = channel;
        failed.recipient = recipient;
        failed.errorCode = cut(outcome.errorCode(), 64);
        failed.errorMessage = cut(outcome.errorMessage(), 1000);
        // The reply may repeat what the citizen typed; the recipient id is too long to be taken for a number to mask.
        failed.payload = cut(PersonalDataMask.mask(payload), FailedSend.PAYLOAD_LENGTH);
        failed.attempts = attempts;
        failed.failedAt = Instant.now();
        metrics.sendFailed(channel);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                failed.persist();
                // The parts left unsent after a failure repeat no error of the platform's.
                if (attempts > 0) {
                    activity.failed(channel, failed.errorCode, failed.errorMessage, failed.failedAt);
                }
            });
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            databaseFailures.writeFailed("failed-send", e);
        }
    }

    static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
