package vn.dvc.assistant.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
        assertTrue(processed.claim("messenger", "mid.once"));
        assertFalse(processed.claim("messenger", "mid.once"));
        assertTrue(processed.claim("zalo", "mid.once"), "ids are per channel");
    }

    @Test
    void aVeryLongIdIsTakenOnceToo() {
        String id = "m_" + "x".repeat(500);
        assertTrue(processed.claim("messenger", id));
        assertFalse(processed.claim("messenger", id));
        assertTrue(processed.claim("messenger", id + "y"));
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
                return processed.claim("zalo", "msg.raced");
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
