package vn.dvc.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of the shipped knowledge base under target/, for tests that edit guides. */
public final class TestKnowledgeBases {

    private TestKnowledgeBases() {
    }

    /**
     * A fresh copy of knowledge-base/ at {@code target/<name>}, replacing an older one whole: a guide renamed or removed
     * since the last build is not left behind.
     */
    public static Path copy(String name) {
        Path from = Path.of("knowledge-base");
        Path to = Path.of("target", name);
        try {
            delete(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to.toAbsolutePath();
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
