package vn.dvc.assistant.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The database, not memory, decides whether a message was taken: across threads, instances and restarts. */
@QuarkusTest
@TestProfile(ChannelsOnProfile.class)
class ProcessedMessagesTest {

    @Inject
    ProcessedMessages processed;

    @Test
    void aMessageIsTakenOncePerChannel() {
        assertEquals(Optional.of("mid.once"), processed.takeOnce("messenger", "mid.once", stored -> stored));
        assertEquals(Optional.empty(), processed.takeOnce("messenger", "mid.once", stored -> stored));
        assertTrue(processed.takeOnce("zalo", "mid.once", stored -> stored).isPresent(), "ids are per channel");
    }

    @Test
    void aVeryLongIdIsTakenOnceByItsDigest() {
        String id = "m_" + "x".repeat(500);
        String stored = processed.takeOnce("messenger", id, key -> key).orElseThrow();
        assertTrue(stored.matches("sha256:[0-9a-f]{64}"), stored);
        assertFalse(processed.takeOnce("messenger", id, key -> key).isPresent());
        assertTrue(processed.takeOnce("messenger", id + "y", key -> key).isPresent());
    }

    /** What is kept with the record commits with it or not at all: a message is never taken without being kept. */
    @Test
    void aMessageWhoseKeepingFailsIsNotTaken() {
        assertThrows(IllegalStateException.class, () -> processed.takeOnce("zalo", "msg.not-kept", key -> {
            throw new IllegalStateException("could not keep it");
        }));
        assertEquals(Optional.of("kept"), processed.takeOnce("zalo", "msg.not-kept", key -> "kept"));
    }

    @Test
    void concurrentDeliveriesOfOneMessageAreTakenOnce() throws Exception {
        int deliveries = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            Callable<Boolean> claim = () -> {
                start.await();
                return processed.takeOnce("zalo", "msg.raced", key -> key).isPresent();
            };
            for (int i = 0; i < deliveries; i++) {
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int taken = 0;
            for (Future<Boolean> result : claims) {
                taken += result.get() ? 1 : 0;
            }
            assertEquals(1, taken);
        } finally {
            pool.shutdownNow();
        }
    }
}
