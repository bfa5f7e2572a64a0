package vn.dvc.assistant.curation;

import java.util.regex.Pattern;

/**
 * The knowledge-base files staff may save: guides, vocabulary files and the citizen-names lists. Anything else (a
 * path leaving the folder, another folder, another kind of file) is refused before it reaches the database.
 */
final class KnowledgePaths {

    static final String CITIZEN_NAMES = "vocabulary/citizen-names/";
    /** Where questions assigned to a national-catalogue procedure go, one "question => CODE" a line. */
    static final String STAFF_ASSIGNED = CITIZEN_NAMES + "staff-assigned.txt";

    private static final Pattern ALLOWED = Pattern.compile(
            "procedures/[a-z0-9]+(-[a-z0-9]+)*(-[0-9]\\.[0-9]{6})?\\.md|vocabulary/(citizen-names/)?[a-z0-9]+(-[a-z0-9]+)*\\.txt");

    private KnowledgePaths() {
    }

    static String checked(String path) {
        if (path == null || path.length() > 200 || !ALLOWED.matcher(path).matches()) {
            throw new InvalidEdit(path == null ? "" : path, 0, "'" + path + "' is not a knowledge-base file staff can save."
                    + " Fix: use procedures/<id>.md, vocabulary/<name>.txt or " + CITIZEN_NAMES + "<name>.txt"
                    + " (lower-case letters, digits and '-')");
        }
        return path;
    }

    static boolean isGuide(String path) {
        return path.startsWith("procedures/");
    }
}
