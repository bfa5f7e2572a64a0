package vn.dvc.assistant.channels;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import vn.dvc.assistant.operations.DatabaseFailures;

/**
 * Finds the messages in the outbox that no worker holds and queues them: at the start, those a crash left behind
 * (answered after the restart, once); later, those a failing database or a dead replica left waiting.
 */
@ApplicationScoped
class OutboxSweep {

    private final Outbox outbox;
    private final OutboxWorker worker;
    private final DeliveryConfig config;
    private final DatabaseFailures databaseFailures;
    private volatile Instant started = Instant.now();

    OutboxSweep(Outbox outbox, OutboxWorker worker, DeliveryConfig config, DatabaseFailures databaseFailures) {
        this.outbox = outbox;
        this.worker = worker;
        this.config = config;
        this.databaseFailures = databaseFailures;
    }

    void started(@Observes StartupEvent start) {
        started = Instant.now();
    }

    @Scheduled(every = "${assistant.channels.delivery.resume-every}", identity = "channel-outbox-sweep",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resume() {
        // Whatever was kept before this instance started is nobody's on this instance; later, what nobody moved on for long.
        Instant stale = Instant.now().minus(config.takeOverAfter());
        Instant before = stale.isAfter(started) ? stale : started;
        List<Outbox.Waiting> waiting;
        try {
            waiting = outbox.waiting(before, config.workers() * config.queueCapacity());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isDatabaseFailure(e)) {
                throw e;
            }
            // The kept messages wait with the database; counted and logged once, not a stack trace every sweep.
            databaseFailures.writeFailed("channel-outbox", e);
            return;
        }
        waiting.forEach(message -> worker.queue(message.id(), message.channel(), message.sender()));
    }
}
