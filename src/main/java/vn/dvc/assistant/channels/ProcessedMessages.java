package vn.dvc.assistant.channels;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import vn.dvc.assistant.operations.DatabaseFailures;

/** Remembers in the database which platform messages were taken, so a redelivery is answered once, even after a restart. */
@ApplicationScoped
public class ProcessedMessages {

    private static final Logger LOG = Logger.getLogger(ProcessedMessages.class);

    private final DeliveryConfig config;
    private final DatabaseFailures databaseFailures;

    ProcessedMessages(DeliveryConfig config, DatabaseFailures databaseFailures) {
        this.config = config;
        this.databaseFailures = databaseFailures;
    }

    /**
     * True the first time a message is seen on a channel; false for every later delivery of it. Without the
     * database every message is taken: a redelivery during the outage may be answered twice, rather than none.
     */
    public boolean claim(String channel, String messageId) {
        try {
            return firstClaim(channel, key(messageId));
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            databaseFailures.writeFailed("channel-message-id", e);
            return true;
        }
    }

    private boolean firstClaim(String channel, String key) {
        // The unique key decides; reading first only spares the log a SQL error for the usual, late duplicate.
        boolean seen = QuarkusTransaction.requiringNew().call(
                () -> ProcessedMessage.count("channel = ?1 and messageId = ?2", channel, key) > 0);
        if (seen) {
            return false;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ProcessedMessage message = new ProcessedMessage();
                message.channel = channel;
                message.messageId = key;
                message.receivedAt = Instant.now();
                message.persistAndFlush();
            });
            return true;
        } catch (RuntimeException e) {
            if (isConstraintViolation(e)) {
                return false;
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
