package vn.dvc.assistant.curation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The saved changes in the database. A save locks the version row, so that saves made at once on several instances
 * are checked and stored one after the other: each is validated against exactly the files it will join.
 */
@ApplicationScoped
class OverlayStore {

    /** The saved files and the version they make up. */
    record Snapshot(long version, Map<String, String> files) {
    }

    /** A stored save: the file as it now is and the version it made. */
    record Saved(StoredFile file, long version, Map<String, String> files) {
    }

    private final EntityManager entityManager;
    private final KnowledgeCheck check;

    OverlayStore(EntityManager entityManager, KnowledgeCheck check) {
        this.entityManager = entityManager;
        this.check = check;
    }

    @Transactional
    long version() {
        return entityManager.find(KnowledgeVersion.class, KnowledgeVersion.THE_ROW).version;
    }

    @Transactional
    Snapshot snapshot() {
        long version = version();
        return new Snapshot(version, files());
    }

    /** The file as an editor opens it: the saved text, else the folder's; empty when neither exists. */
    @Transactional
    Optional<StoredFile> open(String path) {
        KnowledgeFile saved = KnowledgeFile.findById(path);
        if (saved != null) {
            return Optional.of(StoredFile.of(saved));
        }
        return check.folder().read(path).map(text -> StoredFile.fromFolder(path, text));
    }

    @Transactional
    List<StoredFile> savedFiles() {
        return KnowledgeFile.<KnowledgeFile>listAll().stream().map(StoredFile::of)
                .sorted(java.util.Comparator.comparing(StoredFile::path)).toList();
    }

    /**
     * Stores {@code edit} applied to the file's current text (empty for a new file), if the file is still at
     * {@code openedRevision} (null: whatever it is, for changes computed from the current text under the lock).
     */
    @Transactional
    Saved save(String path, Function<Optional<String>, String> edit, Integer openedRevision, String actor, String reason) {
        KnowledgeVersion version = entityManager.find(KnowledgeVersion.class, KnowledgeVersion.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        KnowledgeFile saved = KnowledgeFile.findById(path);
        Optional<StoredFile> current = saved != null ? Optional.of(StoredFile.of(saved))
                : check.folder().read(path).map(text -> StoredFile.fromFolder(path, text));
        int currentRevision = saved == null ? 0 : saved.revision;
        if (openedRevision != null && openedRevision != currentRevision) {
            throw new EditConflict(current.orElse(StoredFile.fromFolder(path, "")), openedRevision);
        }
        Optional<String> before = current.map(StoredFile::content);
        String after = edit.apply(before);
        Map<String, String> files = files();
        files.put(path, after);
        check.validate(files, path);

        Instant now = Instant.now();
        boolean created = saved == null;
        if (created) {
            saved = new KnowledgeFile();
            saved.path = path;
        }
        saved.content = after;
        saved.revision = currentRevision + 1;
        saved.changedBy = actor;
        saved.changedAt = now;
        if (created) {
            saved.persist();
        }
        KnowledgeChange change = new KnowledgeChange();
        change.path = path;
        change.revision = saved.revision;
        change.beforeText = before.orElse(null);
        change.afterText = after;
        change.reason = reason == null || reason.isBlank() ? null : reason.strip();
        change.changedBy = actor;
        change.changedAt = now;
        change.persist();
        version.version++;
        version.changedAt = now;
        return new Saved(StoredFile.of(saved), version.version, files);
    }

    private Map<String, String> files() {
        Map<String, String> files = new HashMap<>();
        KnowledgeFile.<KnowledgeFile>streamAll().forEach(f -> files.put(f.path, f.content));
        return files;
    }
}
