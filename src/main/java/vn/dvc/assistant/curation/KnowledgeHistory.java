package vn.dvc.assistant.curation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The saves, newest first, each with its text before and after; and the saved files as plain files to commit. */
@ApplicationScoped
public class KnowledgeHistory {

    /** One save without its texts, for the list. */
    public record ChangeSummary(long id, String path, int revision, String reason, String changedBy, Instant changedAt) {
    }

    /** One save with the file's text before (null: it created the file) and after. */
    public record ChangeDetail(long id, String path, int revision, String reason, String changedBy, Instant changedAt,
                               String before, String after) {
    }

    private final OverlayStore store;

    KnowledgeHistory(OverlayStore store) {
        this.store = store;
    }

    @Transactional
    public List<ChangeSummary> changes(Optional<String> path, int page, int size) {
        Sort newest = Sort.descending("changedAt", "id");
        var query = path.isPresent() ? KnowledgeChange.<KnowledgeChange>find("path", newest, KnowledgePaths.checked(path.get()))
                : KnowledgeChange.<KnowledgeChange>findAll(newest);
        return query.page(Page.of(page, size)).list().stream()
                .map(c -> new ChangeSummary(c.id, c.path, c.revision, c.reason, c.changedBy, c.changedAt)).toList();
    }

    @Transactional
    public Optional<ChangeDetail> change(long id) {
        return KnowledgeChange.<KnowledgeChange>findByIdOptional(id).map(c -> new ChangeDetail(c.id, c.path, c.revision, c.reason,
                c.changedBy, c.changedAt, c.beforeText, c.afterText));
    }

    /** Every saved file at its relative path in a zip, to unpack over the knowledge-base folder and review as a diff. */
    public int exportZip(OutputStream out) {
        List<StoredFile> files = store.savedFiles();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (StoredFile file : files) {
                ZipEntry entry = new ZipEntry("knowledge-base/" + file.path());
                entry.setTime(file.changedAt().toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.size();
    }
}
