package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.assistant.knowledge.KnowledgeBaseException;

@org.junit.jupiter.api.Tag("catalogue")
class CatalogueLoaderTest {

    @TempDir
    Path folder;

    /** The import's own output of the sample records, as the assistant reads it. */
    private Path imported() throws IOException {
        CatalogueImporter.run(NationalRecords.sample(Files.createTempDirectory("sample")), folder, NationalRecords.crawled());
        return folder.resolve(CatalogueImporter.CATALOGUE_FILE);
    }

    @Test
    void readsTheImportFromItsFileOrFolder() throws IOException {
        Path file = imported();
        Catalogue fromFile = CatalogueLoader.load(file);
        Catalogue fromFolder = CatalogueLoader.load(folder);
        assertEquals(11, fromFile.entries().size());
        assertEquals(fromFile.entries(), fromFolder.entries());
        CatalogueEntry first = fromFile.entries().get(0);
        assertEquals(first, fromFile.entry(first.id()).orElseThrow());
    }

    @Test
    void readsAGzippedCatalogue() throws IOException {
        Path file = imported();
        Path packed = folder.resolve("packed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
            Files.copy(file, out);
        }
        assertEquals(CatalogueLoader.load(file).entries(), CatalogueLoader.load(packed).entries());
    }

    @Test
    void aBrokenLineStopsTheLoadWithItsLineNumber() throws IOException {
        Path file = imported();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).substring(0, 40));
        Files.write(file, lines, StandardCharsets.UTF_8);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> CatalogueLoader.load(file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("catalogue.jsonl:3: not a catalogue entry"), e.getMessage());
    }

    @Test
    void anEntryWithoutItsIdIsRefused() throws IOException {
        Path file = folder.resolve("catalogue.jsonl");
        Files.writeString(file, "{\"code\":\"1.000001\",\"name\":\"X\",\"sourceUrl\":\"https://dichvucong.gov.vn\"}\n");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> CatalogueLoader.load(file));
        assertEquals(1, e.line());
    }

    @Test
    void anEntryThatDoesNotSayWhenItsRecordWasCollectedIsRefused() throws IOException {
        Path file = imported();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("\"crawled\":\"" + NationalRecords.crawled() + "\",", ""));
        Files.write(file, lines, StandardCharsets.UTF_8);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> CatalogueLoader.load(file));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("--crawled"), e.getMessage());
    }

    @Test
    void aMissingFileSaysWhichSettingToFix() {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> CatalogueLoader.load(folder.resolve("none")));
        assertTrue(e.getMessage().contains("assistant.catalogue.path"), e.getMessage());
    }
}
