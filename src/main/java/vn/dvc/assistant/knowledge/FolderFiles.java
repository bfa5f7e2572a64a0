package vn.dvc.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The knowledge-base files of one folder on disk. */
final class FolderFiles implements KnowledgeFiles {

    private final Path root;

    FolderFiles(Path root) {
        this.root = root;
    }

    @Override
    public List<String> list(String folder, String suffix) {
        Path directory = root.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .map(p -> folder + "/" + p.getFileName()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> read(String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            throw new KnowledgeBaseException(path, 0, "the file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            throw new KnowledgeBaseException(path, 0, "the file cannot be read (" + e.getMessage() + ")", "check its permissions");
        }
    }

    @Override
    public boolean hasFolder(String folder) {
        return Files.isDirectory(root.resolve(folder));
    }

    @Override
    public String describe() {
        return root.toAbsolutePath().normalize().toString();
    }
}
