package vn.dvc.assistant.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void aBurstThenThePerMinutePace() {
        RateLimiter limiter = new RateLimiter(6, 2, 100, now::get);
        assertTrue(limiter.admit("a").allowed());
        assertTrue(limiter.admit("a").allowed());
        Admission refused = limiter.admit("a");
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds(), "6 a minute: one every 10 s");
        advanceSeconds(9);
        assertEquals(1, limiter.admit("a").retryAfterSeconds());
        advanceSeconds(1);
        assertTrue(limiter.admit("a").allowed());
    }

    @Test
    void onlyTheFirstRefusalSinceTheLastAdmissionIsMarked() {
        RateLimiter limiter = new RateLimiter(6, 1, 100, now::get);
        assertTrue(limiter.admit("a").allowed());
        assertTrue(limiter.admit("a").firstRefusal());
        assertFalse(limiter.admit("a").firstRefusal());
        assertFalse(limiter.admit("a").firstRefusal());
        advanceSeconds(10);
        assertTrue(limiter.admit("a").allowed());
        assertTrue(limiter.admit("a").firstRefusal(), "a new window, a new notice");
    }

    @Test
    void clientsAreCountedApart() {
        RateLimiter limiter = new RateLimiter(1, 1, 100, now::get);
        assertTrue(limiter.admit("a").allowed());
        assertFalse(limiter.admit("a").allowed());
        assertTrue(limiter.admit("b").allowed());
    }

    @Test
    void memoryIsBoundedByForgettingIdleAndThenLongestIdleClients() {
        RateLimiter limiter = new RateLimiter(60, 1, 3, now::get);
        limiter.admit("a");
        limiter.admit("b");
        limiter.admit("c");
        limiter.admit("d");
        assertEquals(3, limiter.clients(), "capped");
        assertTrue(limiter.admit("a").allowed(), "a, the longest idle, was forgotten, so it starts afresh");
        advanceSeconds(1);
        limiter.admit("e");
        assertEquals(1, limiter.clients(), "the refilled buckets were forgotten");
    }

    private void advanceSeconds(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
