package vn.dvc.assistant.catalogue.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.assistant.knowledge.KnowledgeBaseException;

/**
 * Reads {@code office-changes.txt}: blocks that start with {@code == title}, then {@code key: value} lines (names,
 * except, now, note, and one or more source lines); {@code #} starts a comment. A block that lacks a key, repeats one,
 * or names nothing stops the load with its line, as a broken guide does.
 */
final class OfficeChangesFile {

    private static final String BLOCK = "==";
    private static final List<String> KEYS = List.of("names", "except", "now", "note", "source");
    private static final List<String> REQUIRED = List.of("names", "now", "note", "source");

    private final String file;
    private final List<OfficeChange> changes = new ArrayList<>();
    private String title;
    private int titleLine;
    private Map<String, List<String>> values;

    private OfficeChangesFile(String file) {
        this.file = file;
    }

    static List<OfficeChange> parse(String file, List<String> lines) {
        OfficeChangesFile reader = new OfficeChangesFile(file);
        for (int i = 0; i < lines.size(); i++) {
            reader.line(i + 1, lines.get(i).strip());
        }
        reader.close(lines.size());
        if (reader.changes.isEmpty()) {
            throw new KnowledgeBaseException(file, 0, "no office change is described", "add blocks that start with '== '");
        }
        return List.copyOf(reader.changes);
    }

    private void line(int number, String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith(BLOCK)) {
            close(number);
            title = line.substring(BLOCK.length()).strip();
            titleLine = number;
            values = new LinkedHashMap<>();
            return;
        }
        int colon = line.indexOf(':');
        String key = colon < 0 ? "" : line.substring(0, colon).strip();
        if (values == null || !KEYS.contains(key)) {
            throw new KnowledgeBaseException(file, number, "'" + line + "' is not one of " + KEYS + " inside a '== ' block",
                    "start the change with '== title' and write 'key: value' lines");
        }
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty() || (!key.equals("source") && values.containsKey(key))) {
            throw new KnowledgeBaseException(file, number, "'" + key + "' is empty or given twice",
                    "give each key once (source may repeat)");
        }
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private void close(int nextLine) {
        if (values == null) {
            return;
        }
        for (String key : REQUIRED) {
            if (!values.containsKey(key)) {
                throw new KnowledgeBaseException(file, titleLine, "the change '" + title + "' has no '" + key + "'",
                        "add a '" + key + ":' line before line " + nextLine);
            }
        }
        changes.add(new OfficeChange(title, list(values.get("names")), list(values.getOrDefault("except", List.of())),
                values.get("now").get(0), values.get("note").get(0), List.copyOf(values.get("source")), titleLine));
        values = null;
    }

    /** A ';'-separated value as its parts. */
    private static List<String> list(List<String> value) {
        return value.isEmpty() ? List.of()
                : Arrays.stream(value.get(0).split(";")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }
}
