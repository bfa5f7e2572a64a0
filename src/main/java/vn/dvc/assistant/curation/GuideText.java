package vn.dvc.assistant.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.search.VietnameseText;

/**
 * Adds a citizen's question to a guide's text where a civil servant would write it (format in
 * knowledge-base/README.md): a {@code phrasings:} item of the header, or a {@code ? } example line under a section's
 * heading. The rest of the file is left exactly as it was, so the exported file diffs as one added line.
 */
final class GuideText {

    private static final String FENCE = "---";

    private GuideText() {
    }

    /** The question as one line of a guide: one line, single spaces, no leading list or example mark. */
    static String line(String question) {
        String line = question == null ? "" : question.replaceAll("\\s+", " ").strip().replaceFirst("^[-?]+\\s*", "");
        if (line.isEmpty() || line.length() > 300) {
            throw new InvalidEdit("", 0, "the question must have 1 to 300 characters");
        }
        return line;
    }

    static String withPhrasing(String text, String question) {
        List<String> lines = lines(text);
        int opening = indexOf(lines, 0, FENCE);
        int closing = opening < 0 ? -1 : indexOf(lines, opening + 1, FENCE);
        if (closing < 0) {
            return text; // not a guide's header: the check refuses the file with its line
        }
        int field = -1;
        for (int i = opening + 1; i < closing; i++) {
            if (lines.get(i).strip().equals("phrasings:")) {
                field = i;
            }
        }
        if (field < 0) {
            lines.add(closing, "phrasings:");
            lines.add(closing + 1, "  - " + question);
            return String.join("\n", lines);
        }
        int last = field;
        for (int i = field + 1; i < closing; i++) {
            String item = lines.get(i).strip();
            if (item.startsWith("- ")) {
                if (sameQuestion(item.substring(2), question)) {
                    return text;
                }
                last = i;
            } else if (!item.isEmpty() && !item.startsWith("#")) {
                break;
            }
        }
        lines.add(last + 1, "  - " + question);
        return String.join("\n", lines);
    }

    static String withExample(String text, Aspect aspect, String question) {
        List<String> lines = lines(text);
        int heading = indexOf(lines, 0, "## " + aspect.key());
        if (heading < 0) {
            throw new InvalidEdit("", 0, "the guide has no section '" + aspect.key() + "' to add the question to");
        }
        int last = heading;
        for (int i = heading + 1; i < lines.size() && lines.get(i).startsWith("? "); i++) {
            if (sameQuestion(lines.get(i).substring(2), question)) {
                return text;
            }
            last = i;
        }
        lines.add(last + 1, "? " + question);
        return String.join("\n", lines);
    }

    /** One "question => CODE" line more in a citizen-names file (the file is created with a comment if new). */
    static String withCitizenName(String text, String question, String nationalCode) {
        String base = text == null || text.isEmpty()
                ? "# Questions staff assigned to national-catalogue procedures in the admin page: question => national code\n"
                : text.endsWith("\n") ? text : text + "\n";
        String line = question.replace("=>", "=") + " => " + nationalCode;
        boolean present = Arrays.stream(base.split("\n")).anyMatch(l -> l.strip().equals(line));
        return present ? base : base + line + "\n";
    }

    private static boolean sameQuestion(String a, String b) {
        return VietnameseText.foldedWords(a).equals(VietnameseText.foldedWords(b));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
    }

    private static int indexOf(List<String> lines, int from, String stripped) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(stripped)) {
                return i;
            }
        }
        return -1;
    }
}
