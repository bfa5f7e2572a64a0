package vn.dvc.assistant.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueConfig;
import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseException;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.knowledge.KnowledgeFiles;

/**
 * The index that answers now. Start-up fails on a broken knowledge base; a reload validates and builds a new
 * index aside and swaps it in whole, so a broken edit never replaces a working index.
 *
 * <p>The first index is built on a thread of its own from the moment the bean container exists, while Quarkus
 * still starts the database, Hibernate and the HTTP server: on two cores that overlap is most of the start-up
 * time the index costs. Start-up then waits for it, so the service never listens without its guides.
 */
@ApplicationScoped
public class LiveIndex {

    private static final Logger LOG = Logger.getLogger(LiveIndex.class);

    private final Path root;
    private final Optional<Path> cataloguePath;
    private final KeptCatalogueTexts keptTexts;
    /** The first build until start-up has taken it; then null, so that a reload frees the first index. */
    private CompletableFuture<GuideIndex> first;
    private final AtomicReference<GuideIndex> current = new AtomicReference<>();
    /** The staff's saved changes over the folder (relative path to text) the index in service was built with. */
    private volatile Map<String, String> changes = Map.of();

    LiveIndex(KnowledgeConfig config, CatalogueConfig catalogueConfig) {
        this.root = Path.of(config.path());
        this.cataloguePath = catalogueConfig.path().filter(p -> !p.isBlank()).map(Path::of)
                .filter(p -> java.nio.file.Files.exists(p) || !p.equals(Path.of(CatalogueConfig.DEFAULT_FOLDER)));
        this.keptTexts = cataloguePath.filter(p -> catalogueConfig.keepIndex())
                .map(p -> KeptCatalogueTexts.in(folderOf(p).resolve(CatalogueConfig.INDEX_FOLDER)))
                .orElse(KeptCatalogueTexts.NONE);
        this.first = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                first.complete(build(Map.of()));
            } catch (RuntimeException | Error e) {
                first.completeExceptionally(e);
            }
        }, "knowledge-index");
        builder.setDaemon(true);
        builder.start();
    }

    /**
     * Creating the bean starts the build: asked for as soon as the container is up, which Quarkus does in static
     * init. The service runs on the JVM only, where static init happens at start-up (Quarkus warns at build that
     * a native image would run it at build time instead).
     */
    void beginBuilding(@Observes @Initialized(ApplicationScoped.class) Object containerStarted) {
        LOG.debug("Knowledge base index build started");
    }

    /** Start-up waits for the first index and fails with its error, file and line. */
    void awaitFirst(@Observes StartupEvent started) {
        current();
    }

    public GuideIndex current() {
        GuideIndex index = current.get();
        return index != null ? index : takeFirst();
    }

    private synchronized GuideIndex takeFirst() {
        if (current.get() == null) {
            try {
                current.set(first.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
            first = null;
        }
        return current.get();
    }

    /**
     * Loads the folder and the catalogue again; on a validation error the old index keeps serving and the error, with its file and
     * line, is logged and thrown. One reload at a time, so that an older folder state never replaces a newer one.
     */
    public synchronized GuideIndex reload() {
        return reload(changes);
    }

    /**
     * The same with {@code savedChanges} laid over the folder's files from now on (the curation package keeps them in
     * the database); on a validation error the old index and its changes stay.
     */
    public synchronized GuideIndex reload(Map<String, String> savedChanges) {
        current();
        try {
            GuideIndex fresh = build(savedChanges);
            changes = Map.copyOf(savedChanges);
            current.set(fresh);
            return fresh;
        } catch (KnowledgeBaseException e) {
            LOG.warnf("Knowledge base reload refused, the previous one keeps serving: %s", e.getMessage());
            throw e;
        }
    }

    /** The folder of the catalogue's file: the path itself when it names the folder the import wrote. */
    private static Path folderOf(Path catalogue) {
        Path absolute = catalogue.toAbsolutePath();
        return java.nio.file.Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }

    private GuideIndex build(Map<String, String> savedChanges) {
        long start = System.nanoTime();
        KnowledgeFiles files = KnowledgeFiles.folder(root).overlaidBy(savedChanges);
        KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(files);
        Catalogue catalogue = cataloguePath.map(CatalogueLoader::load).orElse(Catalogue.NONE);
        long loaded = System.nanoTime();
        GuideIndex index = GuideIndex.build(knowledgeBase, catalogue, keptTexts);
        LOG.infof("Knowledge base %s: %d guides indexed in %d ms%s", files.describe(), knowledgeBase.guides().size(),
                (System.nanoTime() - start) / 1_000_000,
                cataloguePath.isPresent() ? " (the catalogue's loading included)" : "; no national catalogue (import one: README)");
        cataloguePath.ifPresent(path -> LOG.infof("National catalogue %s: %d entries, %d offered (the others have a guide);"
                        + " read in %d ms, indexed with the guides in %d ms%s", catalogue.source(), catalogue.entries().size(),
                index.catalogue().entries().size(), (loaded - start) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000,
                index.texts().catalogueOpened() ? " (its texts' index opened where a start kept it)" : ""));
        return index;
    }
}
