package vn.dvc.assistant.catalogue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import-catalogue <input.jsonl> [output-dir] --crawled <date>}: runs the {@link CatalogueImporter} and
 * prints its counts. The date the records were collected is required: the portal's pages carry none, and every
 * answer from the catalogue says which date its record is as of.
 */
public final class ImportCatalogueCommand {

    public static final String NAME = "import-catalogue";
    public static final String CRAWLED = "--crawled";
    public static final String ARGUMENTS = NAME + " <input.jsonl> [output-dir, default " + CatalogueConfig.DEFAULT_FOLDER
            + "] " + CRAWLED + " <when the records were collected: 2026-06-15, or 2026-06 or 2026 when only the month or year is known>";

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_ARGUMENTS = 2;

    private ImportCatalogueCommand() {
    }

    /** @param arguments the arguments after the command name */
    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        List<String> paths = new ArrayList<>();
        String crawledText = null;
        for (int i = 0; i < arguments.length; i++) {
            if (!arguments[i].equals(CRAWLED)) {
                paths.add(arguments[i]);
            } else if (i + 1 < arguments.length) {
                crawledText = arguments[++i];
            }
        }
        if (paths.isEmpty() || paths.size() > 2 || crawledText == null) {
            err.println("Usage: " + ARGUMENTS);
            return BAD_ARGUMENTS;
        }
        CrawlDate crawled;
        try {
            crawled = CrawlDate.parse(crawledText);
        } catch (IllegalArgumentException e) {
            err.println(CRAWLED + ": " + e.getMessage() + ". Usage: " + ARGUMENTS);
            return BAD_ARGUMENTS;
        }
        if (!crawled.notAfter(LocalDate.now())) {
            err.println(CRAWLED + " " + crawled + " lies in the future. Usage: " + ARGUMENTS);
            return BAD_ARGUMENTS;
        }
        Path input = Path.of(paths.get(0));
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            err.println("Cannot read " + input.toAbsolutePath().normalize() + ". Usage: " + ARGUMENTS);
            return BAD_ARGUMENTS;
        }
        try {
            CatalogueImporter.run(input, Path.of(paths.size() == 2 ? paths.get(1) : CatalogueConfig.DEFAULT_FOLDER), crawled)
                    .print(out);
            return OK;
        } catch (IOException e) {
            err.println("Import failed: " + e);
            return FAILED;
        }
    }
}
