package vn.dvc.assistant.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a document's name from the form files the portal lists after it in the same run of text:
 * {@code Tờ khai theo Mẫu số 01 ...NĐ-CP.Mẫu số 01.docx}. A file name ends at its extension; where it starts is
 * found from what form files are usually called ("Mẫu", "Phụ lục", "Đơn"...), then from where a new word is glued
 * to the end of a sentence. When no start is found, the whole text stays the name: nothing is dropped.
 */
final class FormFileNames {

    /** A document's name and its form files. */
    record Cell(String name, List<String> forms) {
    }

    private static final Pattern EXTENSION = Pattern.compile("\\.(?i:docx|doc|pdf|xlsx|xls|zip|rar)(?!\\p{Ll})");
    private static final List<String> FORM_WORDS = List.of("mẫu", "mau", "mus", "phụ lục", "phu luc", "pl", "đơn", "don",
            "tờ khai", "to khai", "tk", "biểu mẫu", "bieu mau", "bm", "phiếu", "văn bản", "van ban", "báo cáo", "bao cao",
            "bản khai", "thuyết minh", "thuyet minh", "giấy", "tờ trình", "to trinh", "danh sách", "danh sach");
    private static final String NOT_BEFORE_FORM_WORD = "-_(/";
    private static final String SENTENCE_END = ".;:)";

    private FormFileNames() {
    }

    static Cell split(String text) {
        String cell = text.strip();
        List<Integer> extensionEnds = new ArrayList<>();
        Matcher extension = EXTENSION.matcher(cell);
        int firstExtension = -1;
        while (extension.find()) {
            firstExtension = firstExtension < 0 ? extension.start() : firstExtension;
            extensionEnds.add(extension.end());
        }
        if (extensionEnds.isEmpty() || extensionEnds.get(extensionEnds.size() - 1) != cell.length()) {
            return new Cell(cell, List.of());
        }
        int start = firstFileStart(cell, firstExtension);
        if (start < 0) {
            return new Cell(cell, List.of());
        }
        List<String> forms = new ArrayList<>();
        int from = start;
        for (int end : extensionEnds) {
            forms.add(cell.substring(from, end).strip());
            from = end;
        }
        return new Cell(cell.substring(0, start).strip(), List.copyOf(forms));
    }

    /** Whether a text ends with a file name, as a name whose form file could not be separated does. */
    static boolean endsWithFileName(String text) {
        Matcher extension = EXTENSION.matcher(text);
        boolean endsWithExtension = false;
        while (extension.find()) {
            endsWithExtension = extension.end() == text.length();
        }
        return endsWithExtension;
    }

    /** Where the first file name starts, or -1; a name is left before it. */
    private static int firstFileStart(String cell, int extensionStart) {
        int start = fileStart(cell, extensionStart);
        return start > 0 && cell.substring(0, start).codePoints().anyMatch(Character::isLetter) ? start : -1;
    }

    private static int fileStart(String cell, int extensionStart) {
        int formWord = lastFormWord(cell, extensionStart);
        if (formWord > 0) {
            return formWord;
        }
        int tokenStart = lastWhitespace(cell, extensionStart) + 1;
        for (int p = Math.max(tokenStart, 1); p < extensionStart; p++) {
            if (gluedWordStart(cell, p)) {
                return p;
            }
        }
        for (int p = extensionStart - 1; p > 0; p--) {
            if (gluedAfterSentence(cell, p)) {
                return p;
            }
        }
        return -1;
    }

    /** The last usual form word glued to the text before it, e.g. the "Mẫu" in "NĐ-CPMẫu số 25.docx". */
    private static int lastFormWord(String cell, int extensionStart) {
        for (int p = extensionStart - 1; p > 0; p--) {
            char before = cell.charAt(p - 1);
            if (Character.isWhitespace(before) || NOT_BEFORE_FORM_WORD.indexOf(before) >= 0
                    || (Character.isLowerCase(before) && Character.isLowerCase(cell.charAt(p)))) {
                continue;
            }
            int at = p;
            if (FORM_WORDS.stream().anyMatch(word -> cell.regionMatches(true, at, word, 0, word.length()))) {
                return p;
            }
        }
        return -1;
    }

    /** A sentence end or a lower-case letter directly followed by a capital or digit: "cấp.Mẫu", "sảnMau", "không1.0". */
    private static boolean gluedWordStart(String cell, int p) {
        char before = cell.charAt(p - 1);
        char at = cell.charAt(p);
        return (SENTENCE_END.indexOf(before) >= 0 && Character.isLetter(at))
                || (Character.isLowerCase(before) && (Character.isUpperCase(at) || Character.isDigit(at)));
    }

    /** A sentence end directly followed by a capital or digit: "(mẫu 2C).38-Mẫu 2C.doc". */
    private static boolean gluedAfterSentence(String cell, int p) {
        char at = cell.charAt(p);
        return SENTENCE_END.indexOf(cell.charAt(p - 1)) >= 0 && (Character.isUpperCase(at) || Character.isDigit(at));
    }

    private static int lastWhitespace(String cell, int before) {
        for (int p = before - 1; p >= 0; p--) {
            if (Character.isWhitespace(cell.charAt(p))) {
                return p;
            }
        }
        return -1;
    }
}
