package vn.dvc.assistant.abuse;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, then {@code perMinute} a minute. Thread-safe. Memory
 * is bounded: a bucket idle long enough to have refilled is forgotten (it would say the same as a new one), and
 * past {@code maxClients} the longest idle client is forgotten.
 */
public final class RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double tokensPerNano;
    private final int burst;
    private final int maxClients;
    private final long refillNanos;
    private final LongSupplier clock;
    /** Access order: the head is the longest idle client. One lock: each call is a few arithmetic operations. */
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true);

    public RateLimiter(int perMinute, int burst, int maxClients) {
        this(perMinute, burst, maxClients, System::nanoTime);
    }

    RateLimiter(int perMinute, int burst, int maxClients, LongSupplier clock) {
        if (perMinute < 1 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request a minute, a burst of 1 and 1 client");
        }
        this.tokensPerNano = perMinute / (60.0 * NANOS_PER_SECOND);
        this.burst = burst;
        this.maxClients = maxClients;
        this.refillNanos = (long) Math.ceil(burst / tokensPerNano);
        this.clock = clock;
    }

    public Admission admit(String client) {
        long now = clock.getAsLong();
        synchronized (buckets) {
            forgetIdle(now);
            Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
            if (buckets.size() > maxClients) {
                Iterator<Bucket> longestIdle = buckets.values().iterator();
                longestIdle.next();
                longestIdle.remove();
            }
            return bucket.take(now);
        }
    }

    /** Clients remembered now; for tests. */
    int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private void forgetIdle(long now) {
        Iterator<Map.Entry<String, Bucket>> eldest = buckets.entrySet().iterator();
        while (eldest.hasNext() && now - eldest.next().getValue().lastSeen >= refillNanos) {
            eldest.remove();
        }
    }

    private final class Bucket {
        private double tokens;
        private long lastSeen;
        private boolean refusedSinceAllowed;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastSeen = now;
        }

        Admission take(long now) {
            tokens = Math.min(burst, tokens + (now - lastSeen) * tokensPerNano);
            lastSeen = now;
            if (tokens >= 1) {
                tokens -= 1;
                refusedSinceAllowed = false;
                return Admission.ALLOWED;
            }
            boolean first = !refusedSinceAllowed;
            refusedSinceAllowed = true;
            long waitNanos = (long) Math.ceil((1 - tokens) / tokensPerNano);
            return Admission.refused((waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND, first);
        }
    }
}
