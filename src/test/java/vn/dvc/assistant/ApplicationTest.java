package vn.dvc.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.assistant.catalogue.CatalogueImporter;

/** The commands run before Quarkus starts, so they are tested as plain methods. */
class ApplicationTest {

    @Test
    void importCatalogueWritesTheCatalogueAndExitsWithZero(@TempDir Path output) throws Exception {
        String sample = Path.of(ApplicationTest.class.getResource("/catalogue/made-up.jsonl").toURI()).toString();
        assertEquals(0, Application.command("import-catalogue", sample, output.toString()));
        assertEquals(4, Files.readAllLines(output.resolve(CatalogueImporter.CATALOGUE_FILE)).size());
        assertTrue(Files.exists(output.resolve(CatalogueImporter.REPORT_FILE)));
    }

    @Test
    void badArgumentsExitWithTwo(@TempDir Path output) {
        assertEquals(2, Application.command("import-catalogue"));
        assertEquals(2, Application.command("import-catalogue", output.resolve("missing.jsonl").toString(), output.toString()));
        assertEquals(2, Application.command("export-catalogue", "a", "b"));
    }
}
