package vn.dvc.assistant.channels;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/** Attempts a send again after a growing pause while the platform says it may work later. */
@ApplicationScoped
public class Retries {

    private static final Logger LOG = Logger.getLogger(Retries.class);

    /** The last outcome and how many attempts it took. */
    public record Result(SendOutcome outcome, int attempts) {
    }

    private final DeliveryConfig config;

    Retries(DeliveryConfig config) {
        this.config = config;
    }

    public Result run(Supplier<SendOutcome> attempt) {
        Duration pause = config.initialBackoff();
        for (int n = 1; ; n++) {
            SendOutcome outcome = guarded(attempt);
            if (outcome.delivered() || !outcome.retryable() || n >= config.maxAttempts() || !sleep(pause)) {
                return new Result(outcome, n);
            }
            pause = pause.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause.multipliedBy(2);
        }
    }

    /** A fault of ours while sending ends the delivery like a permanent platform error: logged and stored. */
    static SendOutcome guarded(Supplier<SendOutcome> attempt) {
        try {
            return attempt.get();
        } catch (RuntimeException e) {
            LOG.error("A reply could not be sent", e);
            return SendOutcome.permanentFailure("internal_error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** False when the worker is being stopped: the send is then stored as failed rather than dropped. */
    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
