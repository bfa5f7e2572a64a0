package vn.dvc.assistant.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import vn.dvc.assistant.knowledge.KnowledgeBaseException;

/**
 * Reads the catalogue the import wrote. The file is machine-made, so any line that does not read back as an entry
 * means a broken or foreign file: the load stops with its line, as a broken guide stops the knowledge base.
 * Lines are handed to the parser as UTF-8 bytes: decoding twenty megabytes into strings first was a third of
 * the load.
 */
public final class CatalogueLoader {

    private static final String GZIP_SUFFIX = ".gz";

    private CatalogueLoader() {
    }

    public static Catalogue load(Path path) {
        Path file = catalogueFile(path);
        String name = file.toString();
        ObjectReader reader = CatalogueImporter.mapper().registerModule(sharedStrings()).readerFor(CatalogueEntry.class);
        List<CatalogueEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (ByteLines lines = new ByteLines(open(file))) {
            int lineNumber = 0;
            while (lines.next()) {
                lineNumber++;
                if (lines.isBlank()) {
                    continue;
                }
                CatalogueEntry entry = entry(reader, lines, name, lineNumber);
                if (!ids.add(entry.id())) {
                    throw new KnowledgeBaseException(name, lineNumber, "the id " + entry.id() + " is listed twice",
                            "import the catalogue again: the import merges repeated codes");
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new KnowledgeBaseException(name, 0, "the catalogue cannot be read (" + e.getMessage() + ")",
                    "check the file and its permissions");
        }
        return new Catalogue(entries, name);
    }

    /**
     * The records repeat most of their short values (channels, quantities, levels, fees, legal titles and numbers),
     * and a procedure's variants at other levels repeat its long ones (steps, conditions, notes): one copy of each,
     * for this load only, keeps the catalogue's heap small. Sharing the values over 300 characters too took the
     * national catalogue's live heap about 3 MB lower (1,134 of its 7,533 long values are repeated; docs/benchmarks.md).
     */
    private static SimpleModule sharedStrings() {
        Map<String, String> seen = new HashMap<>();
        return new SimpleModule().addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = StringDeserializer.instance.deserialize(parser, context);
                return value == null ? null : seen.computeIfAbsent(value, v -> v);
            }
        });
    }

    private static CatalogueEntry entry(ObjectReader reader, ByteLines line, String name, int lineNumber)
            throws IOException {
        CatalogueEntry entry;
        try {
            entry = reader.readValue(line.bytes(), 0, line.length());
        } catch (JsonProcessingException e) {
            throw new KnowledgeBaseException(name, lineNumber, "not a catalogue entry (" + e.getOriginalMessage() + ")",
                    "import the catalogue again with the import-catalogue command");
        }
        if (entry.id() == null || entry.code() == null || entry.name() == null || entry.sourceUrl() == null
                || !entry.id().equals(CatalogueEntry.idOf(entry.code()))) {
            throw new KnowledgeBaseException(name, lineNumber, "the entry lacks its id, code, name or source URL",
                    "import the catalogue again with the import-catalogue command");
        }
        if (entry.crawled() == null) {
            throw new KnowledgeBaseException(name, lineNumber, "the entry does not say when its record was collected "
                    + "from the portal, which every answer from it must say", "import the catalogue again with the "
                    + "import-catalogue command and its " + ImportCatalogueCommand.CRAWLED + " option");
        }
        return entry;
    }

    private static Path catalogueFile(Path path) {
        if (Files.isDirectory(path)) {
            Path plain = path.resolve(CatalogueImporter.CATALOGUE_FILE);
            Path packed = path.resolve(CatalogueImporter.CATALOGUE_FILE + GZIP_SUFFIX);
            path = Files.exists(plain) || !Files.exists(packed) ? plain : packed;
        }
        if (!Files.isRegularFile(path)) {
            throw new KnowledgeBaseException(path.toAbsolutePath().toString(), 0, "there is no catalogue file here",
                    "point assistant.catalogue.path (CATALOGUE_PATH) at the catalogue.jsonl the import wrote, or leave it unset");
        }
        return path;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(GZIP_SUFFIX) ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
