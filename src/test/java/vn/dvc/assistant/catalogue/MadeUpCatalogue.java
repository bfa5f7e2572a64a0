package vn.dvc.assistant.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A small catalogue the team wrote (src/test/resources/catalogue/made-up.jsonl: four made-up procedures in the portal's
 * format, codes 9.00000x), imported once per run: what the main suite tests the catalogue's paths with, so that it
 * passes on a clean checkout without the portal's records.
 */
public final class MadeUpCatalogue {

    /** The made-up records claim to be collected on this day, as an import of real ones would say. */
    private static final CrawlDate CRAWLED = CrawlDate.parse("2026-06-15");

    private static Path imported;

    private MadeUpCatalogue() {
    }

    public static synchronized Path imported() {
        if (imported == null) {
            Path folder = Path.of("target", "made-up-catalogue");
            try {
                CatalogueImporter.run(Path.of("src/test/resources/catalogue/made-up.jsonl"), folder, CRAWLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            imported = folder;
        }
        return imported;
    }
}
