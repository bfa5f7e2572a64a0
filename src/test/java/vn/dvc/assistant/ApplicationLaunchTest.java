package vn.dvc.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

import vn.dvc.assistant.catalogue.CatalogueImporter;

/**
 * Launches the application as Quarkus launches it in tests and dev mode, through {@link Application#main}: a command
 * must give its exit code back without ending the JVM Quarkus runs in.
 */
@QuarkusMainTest
class ApplicationLaunchTest {

    @Test
    void importCatalogueGivesItsExitCodeBack(QuarkusMainLauncher launcher, @TempDir Path output) throws Exception {
        String sample = Path.of(ApplicationLaunchTest.class.getResource("/catalogue/made-up.jsonl").toURI()).toString();
        LaunchResult result = launcher.launch("import-catalogue", sample, output.toString(), "--crawled", "2026-06-15");
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getOutput().contains("Entries written:"), result.getOutput());
        assertEquals(4, Files.readAllLines(output.resolve(CatalogueImporter.CATALOGUE_FILE)).size());
    }

    @Test
    void anUnknownCommandExitsWithTwo(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("export-catalogue");
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Usage:"), result.getErrorOutput());
    }
}
