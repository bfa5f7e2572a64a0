package vn.dvc.assistant.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The versions of the Flyway migrations in the source folder, in order: what a migrated database must show. */
final class MigrationFolder {

    private MigrationFolder() {
    }

    static List<Integer> versions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).sorted().toList();
        }
    }
}
