package vn.dvc.assistant.curation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.GuideParser;
import vn.dvc.assistant.knowledge.KnowledgeBaseException;

/**
 * Staff edit knowledge-base files through the admin page: open, preview, save. A save is validated with every other
 * saved change, stored with who and when, and in service on this instance when it returns (on the others within
 * {@code assistant.curation.poll-every}).
 */
@ApplicationScoped
public class KnowledgeEditor {

    private final OverlayStore store;
    private final KnowledgeSync sync;
    private final KnowledgeCheck check;

    KnowledgeEditor(OverlayStore store, KnowledgeSync sync, KnowledgeCheck check) {
        this.store = store;
        this.sync = sync;
        this.check = check;
    }

    /** The file's text and revision: the saved change, else the folder's file. */
    public Optional<StoredFile> open(String path) {
        return store.open(KnowledgePaths.checked(path));
    }

    /** The guides of the folder and the saved files, each at its current revision (without text). */
    public List<StoredFile> files() {
        Map<String, StoredFile> byPath = new java.util.TreeMap<>();
        check.folder().list("procedures", ".md").forEach(path -> byPath.put(path, StoredFile.fromFolder(path, null)));
        store.savedFiles().forEach(f -> byPath.put(f.path(), new StoredFile(f.path(), null, f.revision(), f.changedBy(), f.changedAt())));
        return List.copyOf(byPath.values());
    }

    /** The guide as the assistant would read it, or the first mistake with its line; nothing is stored. */
    public Guide preview(String path, String content) {
        String checked = KnowledgePaths.checked(path);
        if (!KnowledgePaths.isGuide(checked)) {
            throw new InvalidEdit(checked, 0, checked + ": only guides have a preview");
        }
        try {
            return GuideParser.parse(checked, content);
        } catch (KnowledgeBaseException e) {
            throw new InvalidEdit(e);
        }
    }

    /**
     * Saves {@code content} over revision {@code openedRevision} of the file.
     *
     * @throws EditConflict when someone saved the file since: nothing is stored
     * @throws InvalidEdit  when the knowledge base would not load with it: nothing is stored
     */
    public StoredFile save(String path, String content, int openedRevision, String actor, String reason) {
        String checked = KnowledgePaths.checked(path);
        return inService(store.save(checked, current -> content, openedRevision, actor, reason));
    }

    /** Saves a change computed from the file's current text (or from nothing, for a new file) under the save lock. */
    StoredFile change(String path, java.util.function.Function<Optional<String>, String> edit, String actor, String reason) {
        return inService(store.save(KnowledgePaths.checked(path), edit, null, actor, reason));
    }

    private StoredFile inService(OverlayStore.Saved saved) {
        sync.apply(new OverlayStore.Snapshot(saved.version(), saved.files()));
        return saved.file();
    }
}
