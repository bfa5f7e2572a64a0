package vn.dvc.assistant.catalogue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counts of one import.
 *
 * @param fullyParsed      entries with every field read
 * @param leftOutByField   per portal field, how many entries were imported without it
 * @param problemsReported lines written to the report
 */
public record ImportSummary(
        int recordsRead,
        CrawlDate crawled,
        int entriesWritten,
        int fullyParsed,
        int partiallyParsed,
        Map<String, Integer> leftOutByField,
        int rejected,
        int duplicatesMerged,
        int problemsReported,
        TableCounts tables,
        Path catalogue,
        Path report) {

    /** How many table rows the parsers produced, to compare imports. */
    public record TableCounts(int channelRows, int documentRows, int documentsWithForms, int formsLeftInName,
            int legalDocuments) {
    }

    public void print(PrintStream out) {
        out.printf("Records read:           %5d  collected from the portal: %s%n", recordsRead, crawled);
        out.printf("Entries written:        %5d  %s%n", entriesWritten, catalogue);
        out.printf("  fully parsed:         %5d%n", fullyParsed);
        out.printf("  partially parsed:     %5d  %s%n", partiallyParsed, leftOutByField.isEmpty() ? ""
                : leftOutByField.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ", "(left out: ", ")")));
        out.printf("Rejected:               %5d%n", rejected);
        out.printf("Duplicate codes merged: %5d%n", duplicatesMerged);
        out.printf("Problems reported:      %5d  %s%n", problemsReported, report);
        out.printf("Rows: %d channels, %d documents (%d with form files, %d whose form file name stayed in the name), "
                + "%d legal documents%n", tables.channelRows(), tables.documentRows(), tables.documentsWithForms(),
                tables.formsLeftInName(), tables.legalDocuments());
    }
}
