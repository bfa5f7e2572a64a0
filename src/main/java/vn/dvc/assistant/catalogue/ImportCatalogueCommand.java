package vn.dvc.assistant.catalogue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code import-catalogue <input.jsonl> <output-dir>}: runs the {@link CatalogueImporter} and prints its counts. */
public final class ImportCatalogueCommand {

    public static final String NAME = "import-catalogue";
    public static final String ARGUMENTS = NAME + " <input.jsonl> [output-dir, default " + CatalogueConfig.DEFAULT_FOLDER + "]";

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_ARGUMENTS = 2;

    private ImportCatalogueCommand() {
    }

    /** @param arguments the arguments after the command name */
    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        if (arguments.length != 1 && arguments.length != 2) {
            err.println("Usage: " + ARGUMENTS);
            return BAD_ARGUMENTS;
        }
        Path input = Path.of(arguments[0]);
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            err.println("Cannot read " + input.toAbsolutePath().normalize() + ". Usage: " + ARGUMENTS);
            return BAD_ARGUMENTS;
        }
        try {
            CatalogueImporter.run(input, Path.of(arguments.length == 2 ? arguments[1] : CatalogueConfig.DEFAULT_FOLDER)).print(out);
            return OK;
        } catch (IOException e) {
            err.println("Import failed: " + e);
            return FAILED;
        }
    }
}
