package vn.dvc.assistant.evaluation;

import java.nio.file.Path;

/** Prints where the tools read the catalogue from: an import as is, a portal export imported into target/ once. */
public final class ImportForTools {

    private ImportForTools() {
    }

    public static void main(String[] args) {
        System.out.println(OfflineEvaluation.imported(Path.of(args[0])).toAbsolutePath());
    }
}
