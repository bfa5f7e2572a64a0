package vn.dvc.assistant.channels;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How replies go out on every messaging channel: workers, timeouts and retries. */
@ConfigMapping(prefix = "assistant.channels.delivery")
public interface DeliveryConfig {

    /** Sending attempts per message, the first included, before it is stored as failed. */
    @WithDefault("4")
    int maxAttempts();

    /** The wait before the first retry; it doubles at each retry up to {@link #maxBackoff()}. */
    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("10s")
    Duration requestTimeout();

    /** Worker threads; one citizen's messages always go to the same one, so they are answered in order. */
    @WithDefault("4")
    int workers();

    /**
     * Events waiting per worker; beyond this a kept event waits in the outbox for the sweep, and one the database was
     * down to keep gets 503, so that the platform delivers it again later.
     */
    @WithDefault("500")
    int queueCapacity();

    /** How long a message id is remembered to drop a second delivery. */
    @WithDefault("P7D")
    Duration deduplicationWindow();

    /** How often each instance looks in the outbox for messages no worker holds (kept before a crash, or left by a failure). */
    @WithDefault("10s")
    Duration resumeEvery();

    /**
     * A message kept in the outbox that no worker has moved on for this long is taken by any instance: the one that
     * received it died, or is far behind. Messages kept before an instance started are taken by it at once.
     */
    @WithDefault("1m")
    Duration takeOverAfter();

    /**
     * The longest one part of a reply can take with all its retries: each attempt up to three calls (Zalo: the send, a
     * token refresh, the send again), each waiting for its connection and its answer, with the pauses between.
     */
    default Duration longestSend() {
        Duration call = connectTimeout().plus(requestTimeout());
        return call.multipliedBy(3L * maxAttempts()).plus(maxBackoff().multipliedBy(Math.max(0, maxAttempts() - 1)));
    }
}
