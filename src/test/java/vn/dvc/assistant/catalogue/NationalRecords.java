package vn.dvc.assistant.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The portal's records, read where they are (../shared/data/national-procedures.jsonl, or -Dnational.procedures):
 * they come from a public crawl shared with the project and are never committed. The catalogue suite fails, never
 * skips, when they are missing.
 */
public final class NationalRecords {

    /** The records the importer's and loader's tests read: household business, vehicles, BHYT, courts... */
    static final List<String> SAMPLE_CODES = List.of("1.001612", "2.002041", "1.009824", "1.000597", "2.000639", "1.011435",
            "1.000811", "1.000807", "3.000137", "1.001656", "3.000337");

    private static Path imported;

    private NationalRecords() {
    }

    public static Path file() {
        Path file = Path.of(System.getProperty("national.procedures", "../shared/data/national-procedures.jsonl"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The catalogue suite needs the portal's records at " + file.toAbsolutePath()
                    + " (set -Dnational.procedures=PATH): they are read where they are, never committed");
        }
        return file;
    }

    /**
     * When the shared records were collected (-Dnational.procedures.crawled, set in pom.xml): their README says only
     * "in 2026", so the year is all an answer may claim.
     */
    public static CrawlDate crawled() {
        return CrawlDate.parse(System.getProperty("national.procedures.crawled", "2026"));
    }

    /** The whole catalogue imported once per test run, as a province imports its export. */
    public static synchronized Path imported() {
        if (imported == null) {
            Path folder = Path.of("target", "national-catalogue");
            try {
                CatalogueImporter.run(file(), folder, crawled());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            imported = folder;
        }
        return imported;
    }

    /** The sample records as the portal publishes them, in SAMPLE_CODES order, without their raw_text (long, unused). */
    static List<String> sampleLines() {
        ObjectMapper json = new ObjectMapper();
        Map<Integer, String> byPosition = new TreeMap<>();
        try (BufferedReader lines = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                for (int i = 0; i < SAMPLE_CODES.size(); i++) {
                    if (!byPosition.containsKey(i) && line.contains("\"" + SAMPLE_CODES.get(i) + "\"")) {
                        ObjectNode record = (ObjectNode) json.readTree(line);
                        if (SAMPLE_CODES.get(i).equals(record.path("ma_thu_tuc").asText())) {
                            record.remove("raw_text");
                            byPosition.put(i, json.writeValueAsString(record));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (byPosition.size() != SAMPLE_CODES.size()) {
            throw new IllegalStateException("the portal's records lack some of " + SAMPLE_CODES);
        }
        return new ArrayList<>(byPosition.values());
    }

    /** The sample written to a file, for the tests that import it. */
    static Path sample(Path directory) {
        try {
            Path file = directory.resolve("sample.jsonl");
            Files.write(file, sampleLines(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
