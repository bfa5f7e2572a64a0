package vn.dvc.assistant.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Files with changes laid over them: a changed path reads its new text, a new path is listed in its folder. */
final class OverlaidFiles implements KnowledgeFiles {

    private final KnowledgeFiles base;
    private final Map<String, String> changes;

    OverlaidFiles(KnowledgeFiles base, Map<String, String> changes) {
        this.base = base;
        this.changes = Map.copyOf(changes);
    }

    @Override
    public List<String> list(String folder, String suffix) {
        TreeSet<String> paths = new TreeSet<>(base.list(folder, suffix));
        changes.keySet().stream().filter(path -> isDirectlyIn(path, folder) && path.endsWith(suffix)).forEach(paths::add);
        return List.copyOf(paths);
    }

    @Override
    public Optional<String> read(String path) {
        String changed = changes.get(path);
        return changed != null ? Optional.of(changed) : base.read(path);
    }

    @Override
    public boolean hasFolder(String folder) {
        return base.hasFolder(folder) || changes.keySet().stream().anyMatch(path -> path.startsWith(folder + "/"));
    }

    @Override
    public String describe() {
        return base.describe() + " with " + changes.size() + " saved change(s)";
    }

    private static boolean isDirectlyIn(String path, String folder) {
        return path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0;
    }
}
