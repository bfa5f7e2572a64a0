package vn.dvc.assistant.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Sends the application's log, debug lines of our own code included, to a fresh file the test can read. */
public class CapturedLog implements QuarkusTestResourceLifecycleManager {

    public static final Path FILE = Path.of("target", "captured-log", "application.log").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        try {
            Files.deleteIfExists(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", FILE.toString(),
                "quarkus.log.file.level", "ALL",
                "quarkus.log.category.\"vn.dvc\".level", "DEBUG");
    }

    @Override
    public void stop() {
    }
}
