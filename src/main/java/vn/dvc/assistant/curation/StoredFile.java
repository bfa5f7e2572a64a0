package vn.dvc.assistant.curation;

import java.time.Instant;

/**
 * A knowledge-base file as an editor opens it: its text and the revision to save over.
 *
 * @param revision  0 for the folder's own file, N after N saves through the admin page
 * @param changedBy who saved it last (null for the folder's file)
 */
public record StoredFile(String path, String content, int revision, String changedBy, Instant changedAt) {

    static StoredFile of(KnowledgeFile file) {
        return new StoredFile(file.path, file.content, file.revision, file.changedBy, file.changedAt);
    }

    static StoredFile fromFolder(String path, String content) {
        return new StoredFile(path, content, 0, null, null);
    }
}
