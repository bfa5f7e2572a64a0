package vn.dvc.assistant.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.dvc.assistant.operations.DatabaseFailures;

/**
 * Keeps each channel's last delivery and last platform error in {@link ChannelStatus}, where staff see them from any
 * instance. A delivery is written at most every {@link #SUCCESS_WRITE_EVERY} per channel and instance, so that a busy
 * channel costs a write every few seconds, not one per message.
 */
@ApplicationScoped
public class ChannelActivity {

    static final Duration SUCCESS_WRITE_EVERY = Duration.ofSeconds(10);

    private final DatabaseFailures databaseFailures;
    private final Map<String, Instant> successWritten = new ConcurrentHashMap<>();

    ChannelActivity(DatabaseFailures databaseFailures) {
        this.databaseFailures = databaseFailures;
    }

    /** A reply went through; without the database it is not recorded (and counted as such). */
    public void delivered(String channel) {
        Instant now = Instant.now();
        Instant written = successWritten.get(channel);
        if (written != null && written.plus(SUCCESS_WRITE_EVERY).isAfter(now)) {
            return;
        }
        successWritten.put(channel, now);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rowOf(channel);
                ChannelStatus.update("lastSuccessAt = ?1 where channel = ?2 and (lastSuccessAt is null or lastSuccessAt < ?1)",
                        now, channel);
            });
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            databaseFailures.writeFailed("channel-status", e);
        }
    }

    /** The platform refused a reply; runs in the transaction that stores the failed send. */
    void failed(String channel, String errorCode, String errorMessage, Instant at) {
        rowOf(channel);
        ChannelStatus.update("lastErrorAt = ?1, lastErrorCode = ?2, lastErrorMessage = ?3 where channel = ?4"
                + " and (lastErrorAt is null or lastErrorAt < ?1)", at, errorCode, errorMessage, channel);
    }

    /**
     * Makes the channel's row when it has none yet (the migrations make one for each channel of today). Each change is
     * then an update that only moves a time forward, so instances writing at once never set an older moment.
     */
    private static void rowOf(String channel) {
        if (ChannelStatus.findById(channel) == null) {
            ChannelStatus status = new ChannelStatus();
            status.channel = channel;
            status.persist();
        }
    }
}
