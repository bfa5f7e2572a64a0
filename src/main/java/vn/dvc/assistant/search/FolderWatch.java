package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import vn.dvc.assistant.knowledge.KnowledgeBaseException;

/**
 * Reloads the knowledge base when its files change, if {@code assistant.knowledge-base.watch} is on.
 *
 * <p>It compares the name, size and modification time of every guide and vocabulary file at each check rather
 * than using the JDK WatchService, which misses events on network and container-mounted folders and reports
 * an editor's save as several events. A change is loaded only once the folder stayed the same for one more
 * check, so a burst of saves gives one reload. It reloads through {@link LiveIndex#reload()}, like the admin
 * endpoint: a broken edit is logged with its file and line, the old index keeps serving, and that state is not
 * tried again until the files change once more.
 */
@ApplicationScoped
public class FolderWatch {

    private static final Logger LOG = Logger.getLogger(FolderWatch.class);

    /** Every file the loader reads, as name, size and modification time. */
    record Snapshot(List<String> files) {
    }

    private final LiveIndex liveIndex;
    private final KnowledgeConfig config;
    private final Path root;
    private Snapshot loaded;
    private Snapshot pending;

    FolderWatch(LiveIndex liveIndex, KnowledgeConfig config) {
        this.liveIndex = liveIndex;
        this.config = config;
        this.root = Path.of(config.path());
    }

    /**
     * The state to compare with is taken as start-up ends, before any request: an edit made as soon as the
     * service answers is then a change, even when the scheduler's first check comes after it.
     */
    synchronized void onStart(@Observes StartupEvent start) {
        if (config.watch()) {
            loaded = snapshot().orElse(null);
            LOG.infof("Watching the knowledge base %s every %s: changed guides are reloaded once saving stops",
                    root.toAbsolutePath().normalize(), config.watchEvery());
        }
    }

    @Scheduled(every = "${assistant.knowledge-base.watch-every}", identity = "knowledge-base-watch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void check() {
        if (!config.watch()) {
            return;
        }
        Optional<Snapshot> now = snapshot();
        if (loaded == null) {
            // The folder could not be read at start: the first state read is the one to compare with.
            loaded = now.orElse(null);
            return;
        }
        if (now.isEmpty() || now.get().equals(loaded)) {
            pending = null;
            return;
        }
        if (!now.get().equals(pending)) {
            pending = now.get(); // still being saved, perhaps: load it if it is the same at the next check
            return;
        }
        loaded = pending;
        pending = null;
        LOG.infof("Knowledge base files changed: reloading %s", root.toAbsolutePath().normalize());
        try {
            liveIndex.reload();
        } catch (KnowledgeBaseException e) {
            // LiveIndex logged it with its file and line; the index in service stays until the next change.
        }
    }

    /** Empty while the folder cannot be read (an editor or a deployment replacing it): the next check tries again. */
    private Optional<Snapshot> snapshot() {
        try (Stream<Path> paths = Files.walk(root)) {
            return Optional.of(new Snapshot(paths.filter(FolderWatch::isKnowledgeFile).map(this::describe).sorted().toList()));
        } catch (IOException | UncheckedIOException e) {
            LOG.debugf("Knowledge base folder unreadable for now: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isKnowledgeFile(Path path) {
        String name = path.getFileName().toString();
        return (name.endsWith(".md") || name.endsWith(".txt")) && !name.startsWith(".") && Files.isRegularFile(path);
    }

    private String describe(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return root.relativize(file) + " " + attributes.size() + " " + attributes.lastModifiedTime().toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
