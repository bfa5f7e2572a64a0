package vn.dvc.assistant.curation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import vn.dvc.assistant.knowledge.KnowledgeBaseException;
import vn.dvc.assistant.search.LiveIndex;

/**
 * Keeps this instance's index on the saved changes: at start, after every save made here, and whenever the version
 * row moved because another instance saved one. Each rebuild goes through {@link LiveIndex#reload(java.util.Map)}, so
 * it is built aside and swapped in whole.
 */
@ApplicationScoped
class KnowledgeSync {

    private static final Logger LOG = Logger.getLogger(KnowledgeSync.class);

    private final OverlayStore store;
    private final LiveIndex liveIndex;
    /** The version the index in service was built with; -1 until the database was first read. */
    private long applied = -1;
    private boolean databaseWarned;

    KnowledgeSync(OverlayStore store, LiveIndex liveIndex) {
        this.store = store;
        this.liveIndex = liveIndex;
    }

    /**
     * After LiveIndex took the folder's first index (default priority) and before the service listens: an instance
     * never answers citizens from the folder alone when changes were saved. The first index is built from the folder
     * only because it starts before the database is migrated.
     */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        poll();
    }

    @Scheduled(every = "${assistant.curation.poll-every:3s}", identity = "knowledge-overlay-poll",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            if (store.version() != applied()) {
                apply(store.snapshot());
            }
            databaseWarned = false;
        } catch (RuntimeException e) {
            // The database is down: the index in service stays; the next poll tries again.
            if (!databaseWarned) {
                LOG.warnf("Saved knowledge-base changes cannot be read for now, the index in service stays: %s", e.getMessage());
                databaseWarned = true;
            }
        }
    }

    /** Builds the index with {@code snapshot} unless a newer one is in service already. */
    synchronized void apply(OverlayStore.Snapshot snapshot) {
        if (snapshot.version() <= applied) {
            return;
        }
        if (applied < 0 && snapshot.files().isEmpty()) {
            applied = snapshot.version(); // nothing saved yet: the folder's index is the right one
            return;
        }
        try {
            liveIndex.reload(snapshot.files());
            LOG.infof("Knowledge base version %d in service: %d saved file(s) over the folder", snapshot.version(),
                    snapshot.files().size());
        } catch (KnowledgeBaseException e) {
            // Saved changes were valid when stored; the folder under them changed since. Not tried again until the next save.
            LOG.errorf("Knowledge base version %d refused, the index in service stays: %s", snapshot.version(), e.getMessage());
        }
        applied = snapshot.version();
    }

    synchronized long applied() {
        return applied;
    }
}
