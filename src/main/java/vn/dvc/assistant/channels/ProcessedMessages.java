package vn.dvc.assistant.channels;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Remembers in the database which platform messages were taken, so a redelivery is answered once, even after a restart. */
@ApplicationScoped
public class ProcessedMessages {

    private static final Logger LOG = Logger.getLogger(ProcessedMessages.class);

    private final DeliveryConfig config;

    ProcessedMessages(DeliveryConfig config) {
        this.config = config;
    }

    /**
     * Records that a message was taken and, in the same transaction, what {@code keepWithIt} stores (the message to
     * answer, {@link Outbox}; it is given the id as stored): its result the first time a message is seen on a channel, empty for every later
     * delivery of it, from a platform retry, a restart or another instance. A database failure is thrown: the
     * caller decides what to do without the database.
     */
    public <T> Optional<T> takeOnce(String channel, String messageId, Function<String, T> keepWithIt) {
        String key = key(messageId);
        // The unique key decides; reading first only spares the log a SQL error for the usual, late duplicate.
        boolean seen = QuarkusTransaction.requiringNew().call(
                () -> ProcessedMessage.count("channel = ?1 and messageId = ?2", channel, key) > 0);
        if (seen) {
            return Optional.empty();
        }
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                ProcessedMessage message = new ProcessedMessage();
                message.channel = channel;
                message.messageId = key;
                message.receivedAt = Instant.now();
                message.persistAndFlush();
                return keepWithIt.apply(key);
            }));
        } catch (RuntimeException e) {
            if (isConstraintViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    void forgetOld(@Observes StartupEvent start) {
        Instant cutoff = Instant.now().minus(config.deduplicationWindow());
        long forgotten = QuarkusTransaction.requiringNew().call(() -> ProcessedMessage.delete("receivedAt < ?1", cutoff));
        if (forgotten > 0) {
            LOG.infof("Forgot %d message ids older than %s", forgotten, config.deduplicationWindow());
        }
    }

    /** Messenger's ids are short but not bounded by its documentation: a longer one is stored by its digest. */
    private static String key(String messageId) {
        return messageId.length() <= ProcessedMessage.ID_LENGTH ? messageId
                : "sha256:" + Signatures.sha256Hex(messageId.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
