package vn.dvc.assistant.catalogue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * Converts the portal export (one JSON record a line) into the catalogue: {@value #CATALOGUE_FILE}, one
 * {@link CatalogueEntry} a line in input order, and {@value #REPORT_FILE}, one {@link ImportProblem} a line for
 * every record that was not imported whole. Runs without the rest of the application (no CDI, no web server).
 */
public final class CatalogueImporter {

    public static final String CATALOGUE_FILE = "catalogue.jsonl";
    public static final String REPORT_FILE = "import-report.jsonl";

    private final ObjectMapper json = mapper();
    private final CrawlDate crawled;
    private final Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int recordsRead;
    private int rejected;
    private int duplicates;

    private CatalogueImporter(CrawlDate crawled) {
        this.crawled = crawled;
    }

    /** The mapper that writes entries and can read them back: empty values are left out, lists are kept. */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new Jdk8Module()).setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
    }

    /** @param crawled when the records were collected from the portal, written into every entry */
    public static ImportSummary run(Path input, Path outputDirectory, CrawlDate crawled) throws IOException {
        CatalogueImporter importer = new CatalogueImporter(crawled);
        importer.read(input);
        Files.createDirectories(outputDirectory);
        Path catalogue = outputDirectory.resolve(CATALOGUE_FILE);
        Path report = outputDirectory.resolve(REPORT_FILE);
        importer.writeLines(catalogue, new ArrayList<>(importer.entries.values()));
        importer.writeLines(report, importer.problems);
        return importer.summary(catalogue, report);
    }

    private void read(Path input) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    recordsRead++;
                    accept(lineNumber, line);
                }
            }
        }
    }

    private void accept(int lineNumber, String line) {
        PortalRecord record;
        try {
            record = json.readValue(line, PortalRecord.class);
        } catch (JsonProcessingException e) {
            rejected++;
            problems.add(new ImportProblem(lineNumber, null, null, "line",
                    "not a JSON record: " + e.getOriginalMessage(), ImportProblem.Outcome.REJECTED));
            return;
        }
        EntryReader.Read read = EntryReader.read(lineNumber, record, crawled);
        problems.addAll(read.problems());
        if (read.entry().isEmpty()) {
            rejected++;
            return;
        }
        CatalogueEntry entry = read.entry().get();
        CatalogueEntry first = entries.get(entry.code());
        if (first == null) {
            entries.put(entry.code(), entry);
            return;
        }
        duplicates++;
        entries.put(entry.code(), first.withLevelsOf(entry));
        problems.add(new ImportProblem(lineNumber, entry.code(), entry.name(), PortalRecord.CODE,
                "the code is listed again (ministry " + entry.ministry() + ", levels " + String.join(", ", entry.levels())
                        + "); its levels are added to the first listing", ImportProblem.Outcome.MERGED));
    }

    private void writeLines(Path file, List<?> values) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Object value : values) {
                writer.write(json.writeValueAsString(value));
                writer.newLine();
            }
        }
    }

    private ImportSummary summary(Path catalogue, Path report) {
        Map<String, Integer> leftOut = new TreeMap<>();
        int fully = 0;
        for (CatalogueEntry entry : entries.values()) {
            fully += entry.unreadable().isEmpty() ? 1 : 0;
            entry.unreadable().forEach(field -> leftOut.merge(field, 1, Integer::sum));
        }
        return new ImportSummary(recordsRead, crawled, entries.size(), fully, entries.size() - fully, leftOut, rejected, duplicates,
                problems.size(), tableCounts(), catalogue, report);
    }

    private ImportSummary.TableCounts tableCounts() {
        int channels = 0;
        int documents = 0;
        int withForms = 0;
        int formsInName = 0;
        int legal = 0;
        for (CatalogueEntry entry : entries.values()) {
            channels += entry.channels().size();
            legal += entry.legalBasis().size();
            for (DocumentGroup group : entry.documents()) {
                for (Document document : group.documents()) {
                    documents++;
                    withForms += document.forms().isEmpty() ? 0 : 1;
                    formsInName += document.forms().isEmpty() && FormFileNames.endsWithFileName(document.name()) ? 1 : 0;
                }
            }
        }
        return new ImportSummary.TableCounts(channels, documents, withForms, formsInName, legal);
    }
}
