package vn.dvc.assistant.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Worker threads that answer webhook events after the webhook has acknowledged them. Each citizen's events go
 * to one worker, in order: two quick messages are read as two turns of one conversation, never concurrently.
 */
@ApplicationScoped
public class SenderLanes {

    private static final Logger LOG = Logger.getLogger(SenderLanes.class);

    private final List<ThreadPoolExecutor> lanes = new ArrayList<>();

    SenderLanes(DeliveryConfig config) {
        AtomicInteger number = new AtomicInteger();
        for (int i = 0; i < config.workers(); i++) {
            lanes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(config.queueCapacity()),
                    work -> {
                        Thread thread = new Thread(work, "channel-worker-" + number.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    }));
        }
    }

    /** Queues work for the sender's worker; false when that worker has too much waiting already (or is stopping). */
    public boolean offer(String senderKey, Runnable work) {
        try {
            lanes.get(Math.floorMod(senderKey.hashCode(), lanes.size())).execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("A channel event could not be handled", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Lets the replies under way finish before the database goes away. */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent shutdown) throws InterruptedException {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ThreadPoolExecutor lane : lanes) {
            if (!lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.warnf("Stopping with %d channel event(s) unanswered; those kept in the outbox are answered at the next start",
                        lane.getQueue().size() + lane.getActiveCount());
                lane.shutdownNow();
            }
        }
    }
}
