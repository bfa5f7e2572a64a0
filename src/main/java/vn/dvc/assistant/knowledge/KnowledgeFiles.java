package vn.dvc.assistant.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base's files by relative path ({@code procedures/hkd-cham-dut-hoat-dong.md}), wherever they are
 * kept. The loader reads only through this, so that every file format, present and future, is read from a folder,
 * a folder with the staff's saved changes laid over it, or anything else in the same way.
 */
public interface KnowledgeFiles {

    /** The relative paths of the files directly in {@code folder} ending with {@code suffix}, sorted. */
    List<String> list(String folder, String suffix);

    /** The file's whole text; empty when there is no such file. Text that is not UTF-8 is refused with its name. */
    Optional<String> read(String path);

    /** Whether {@code folder} exists at all (an empty one does). */
    boolean hasFolder(String folder);

    /** Where the files come from, for messages and logs. */
    String describe();

    static KnowledgeFiles folder(Path root) {
        return new FolderFiles(root);
    }

    /** These files, with {@code changes} (relative path to full text) replacing or adding files. */
    default KnowledgeFiles overlaidBy(Map<String, String> changes) {
        return changes.isEmpty() ? this : new OverlaidFiles(this, changes);
    }
}
