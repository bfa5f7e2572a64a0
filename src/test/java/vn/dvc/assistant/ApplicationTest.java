package vn.dvc.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.assistant.catalogue.CatalogueImporter;

/** The commands run before Quarkus starts, so they are tested as plain methods. */
class ApplicationTest {

    @Test
    void importCatalogueWritesTheCatalogueAndExitsWithZero(@TempDir Path output) throws Exception {
        String sample = Path.of(ApplicationTest.class.getResource("/catalogue/made-up.jsonl").toURI()).toString();
        assertEquals(0, Application.command("import-catalogue", sample, output.toString(), "--crawled", "2026-06"));
        assertEquals(4, Files.readAllLines(output.resolve(CatalogueImporter.CATALOGUE_FILE)).size());
        assertTrue(Files.exists(output.resolve(CatalogueImporter.REPORT_FILE)));
        assertTrue(Files.readAllLines(output.resolve(CatalogueImporter.CATALOGUE_FILE)).stream()
                .allMatch(line -> line.contains("\"crawled\":\"2026-06\"")));
    }

    @Test
    void badArgumentsExitWithTwo(@TempDir Path output) throws Exception {
        String sample = Path.of(ApplicationTest.class.getResource("/catalogue/made-up.jsonl").toURI()).toString();
        assertEquals(2, Application.command("import-catalogue"));
        assertEquals(2, Application.command("import-catalogue", output.resolve("missing.jsonl").toString(), output.toString(),
                "--crawled", "2026"));
        assertEquals(2, Application.command("import-catalogue", sample, output.toString()), "without the crawl date");
        assertEquals(2, Application.command("import-catalogue", sample, "--crawled", "06/2026"), "not an ISO date");
        assertEquals(2, Application.command("import-catalogue", sample, "--crawled", "2026-02-30"), "no such day");
        assertEquals(2, Application.command("import-catalogue", sample, "--crawled", LocalDate.now().plusDays(1).toString()),
                "in the future");
        assertEquals(2, Application.command("export-catalogue", "a", "b"));
    }
}
