package vn.dvc.assistant.knowledge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads one guide file (format in knowledge-base/README.md) and rejects it with file, line and fix. */
public final class GuideParser {

    /**
     * Lower-case ASCII words joined by '-', ending with the national code when the guide is for a national procedure
     * outside the contract's ten ("thue-ho-kinh-doanh-1.011022"), so that a client can tell which procedure answered.
     */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(-[0-9]\\.[0-9]{6})?");
    private static final Pattern NATIONAL_CODE = Pattern.compile("\\d+\\.\\d+");
    private static final Set<String> SCALAR_FIELDS = Set.of("id", "code", "name", "level", "agency", "reviewed");
    private static final Set<String> LIST_FIELDS = Set.of("aliases", "phrasings", "sources");
    private static final String HEADER_FENCE = "---";
    private static final String SECTION_PREFIX = "## ";
    private static final String EXAMPLE_PREFIX = "? ";

    private final String file;
    private final String[] lines;
    private int at;

    private GuideParser(String file, String content) {
        this.file = file;
        this.lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    /**
     * @param file    the file's name, used in messages and compared with the id
     * @param content the whole file
     */
    public static Guide parse(String file, String content) {
        return new GuideParser(file, content.startsWith("\uFEFF") ? content.substring(1) : content).guide(content);
    }

    private Guide guide(String content) {
        Header header = header();
        Map<Aspect, String> sections = new EnumMap<>(Aspect.class);
        Map<Aspect, List<String>> examples = new EnumMap<>(Aspect.class);
        sections(sections, examples);
        String id = header.required("id", "add a line 'id: <the procedure id>' to the header");
        if (!ID.matcher(id).matches()) {
            throw error(header.lineOf("id"), "the id '" + id + "' is not lower-case ASCII words joined by '-'",
                    "write it like 'hkd-dang-ky-thanh-lap', or 'thue-ho-kinh-doanh-1.011022' ending with its national code");
        }
        String expectedFile = id + ".md";
        if (!Path.of(file).getFileName().toString().equals(expectedFile)) {
            throw error(header.lineOf("id"), "the id '" + id + "' does not match the file name",
                    "name the file '" + expectedFile + "' or change the id");
        }
        List<String> codes = codes(header);
        String reviewed = header.required("reviewed", "add 'reviewed: YYYY-MM-DD', the date the guide was last checked");
        try {
            LocalDate.parse(reviewed);
        } catch (DateTimeParseException e) {
            throw error(header.lineOf("reviewed"), "'" + reviewed + "' is not a date", "write it as YYYY-MM-DD");
        }
        List<Source> sources = sources(header);
        return new Guide(id, codes.isEmpty() ? null : codes.get(0), codes,
                header.required("name", "add 'name: <official name of the procedure>'"),
                header.required("level", "add 'level: <Cấp xã, Cấp tỉnh...>'"),
                header.scalars.get("agency"), reviewed,
                header.lists.getOrDefault("aliases", List.of()),
                header.lists.getOrDefault("phrasings", List.of()),
                sources, sections, examples, file, reviewed + "#" + fingerprint(content));
    }

    private record Header(Map<String, String> scalars, Map<String, List<String>> lists, Map<String, Integer> lineOfField,
                          GuideParser parser) {
        String required(String field, String fix) {
            String value = scalars.get(field);
            if (value == null || value.isBlank()) {
                throw parser.error(1, "the header has no '" + field + "'", fix);
            }
            return value;
        }

        int lineOf(String field) {
            return lineOfField.getOrDefault(field, 1);
        }
    }

    private Header header() {
        skipBlankLines();
        if (at >= lines.length || !lines[at].strip().equals(HEADER_FENCE)) {
            throw error(at + 1, "the file does not start with a header", "begin the file with a line '---'");
        }
        int opening = ++at;
        Map<String, String> scalars = new HashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, Integer> lineOfField = new HashMap<>();
        String openList = null;
        for (; at < lines.length; at++) {
            String line = lines[at];
            String trimmed = line.strip();
            if (trimmed.equals(HEADER_FENCE)) {
                at++;
                return new Header(scalars, lists, lineOfField, this);
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                if (openList == null) {
                    throw error(at + 1, "a list item stands outside a list",
                            "put it under 'aliases:', 'phrasings:' or 'sources:'");
                }
                String item = trimmed.substring(1).strip();
                if (item.isEmpty()) {
                    throw error(at + 1, "an empty list item", "write the item after '- ' or delete the line");
                }
                lists.get(openList).add(item);
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw error(at + 1, "'" + trimmed + "' is not 'field: value'",
                        "write 'field: value', a list item '  - item', or end the header with '---'");
            }
            String field = trimmed.substring(0, colon).strip();
            String value = trimmed.substring(colon + 1).strip();
            if (!SCALAR_FIELDS.contains(field) && !LIST_FIELDS.contains(field)) {
                throw error(at + 1, "unknown header field '" + field + "'",
                        "use one of " + String.join(", ", sorted(SCALAR_FIELDS)) + ", " + String.join(", ", sorted(LIST_FIELDS)));
            }
            if (lineOfField.containsKey(field)) {
                throw error(at + 1, "the field '" + field + "' appears twice (first on line " + lineOfField.get(field) + ")",
                        "keep one of them");
            }
            lineOfField.put(field, at + 1);
            if (LIST_FIELDS.contains(field)) {
                if (!value.isEmpty()) {
                    throw error(at + 1, "'" + field + "' is a list", "write '" + field + ":' alone, then one '  - item' per line");
                }
                openList = field;
                lists.put(field, new ArrayList<>());
            } else {
                openList = null;
                scalars.put(field, value);
            }
        }
        throw error(opening, "the header is never closed", "add a line '---' after the last header field");
    }

    private void sections(Map<Aspect, String> sections, Map<Aspect, List<String>> examples) {
        Map<Aspect, Integer> lineOfSection = new EnumMap<>(Aspect.class);
        Aspect current = null;
        StringBuilder text = new StringBuilder();
        for (; at < lines.length; at++) {
            String line = lines[at];
            if (line.startsWith(SECTION_PREFIX)) {
                close(current, text, sections, lineOfSection);
                String key = line.substring(SECTION_PREFIX.length()).strip();
                final int lineNo = at + 1;
                current = Aspect.fromKey(key).orElseThrow(() -> error(lineNo, "unknown section '" + key + "'",
                        "use one of the aspect keys " + Arrays.stream(Aspect.values()).map(Aspect::key).collect(Collectors.joining(", "))));
                if (lineOfSection.containsKey(current)) {
                    throw error(lineNo, "the section '" + key + "' appears twice (first on line " + lineOfSection.get(current) + ")",
                            "merge the two sections");
                }
                lineOfSection.put(current, lineNo);
                examples.put(current, new ArrayList<>());
                text.setLength(0);
            } else if (current == null) {
                if (!line.isBlank()) {
                    throw error(at + 1, "text stands before the first section",
                            "start a section with a line '## overview' (or another aspect key) above it");
                }
            } else if (line.startsWith(EXAMPLE_PREFIX)) {
                examples.get(current).add(line.substring(EXAMPLE_PREFIX.length()).strip());
            } else {
                checkPeriod(line, at + 1);
                text.append(line.stripTrailing()).append('\n');
            }
        }
        close(current, text, sections, lineOfSection);
        for (Aspect aspect : Aspect.values()) {
            if (!sections.containsKey(aspect)) {
                throw error(lines.length, "the section '" + aspect.key() + "' is missing",
                        "add a section '## " + aspect.key() + "' (" + aspect.label() + "); if the fact is not known, say where the citizen can check");
            }
        }
    }

    private void checkPeriod(String line, int lineNo) {
        try {
            DatedText.periodOf(line);
        } catch (IllegalArgumentException e) {
            throw error(lineNo, e.getMessage(), "write the period as [đến 2026-12-31], [từ 2027-01-01] or [từ 2026-07-01 đến 2026-12-31]");
        }
    }

    private void close(Aspect aspect, StringBuilder text, Map<Aspect, String> sections, Map<Aspect, Integer> lineOfSection) {
        if (aspect == null) {
            return;
        }
        String body = text.toString().strip();
        if (body.isEmpty()) {
            throw error(lineOfSection.get(aspect), "the section '" + aspect.key() + "' has no text for the citizen",
                    "write the answer under the heading");
        }
        sections.put(aspect, body);
    }

    /**
     * {@code code: 2.001583, 2.001999}: the national procedures the guide answers for, the one it is listed under
     * first; a guide may also answer a closely tied procedure (free advice on the same conversion, say).
     */
    private List<String> codes(Header header) {
        String field = header.scalars.get("code");
        if (field == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String code : field.split(",")) {
            String trimmed = code.strip();
            if (!NATIONAL_CODE.matcher(trimmed).matches()) {
                throw error(header.lineOf("code"), "the national code '" + trimmed + "' is not of the form 1.001612",
                        "copy the code (mã thủ tục) from the National Public Service Portal, separate several with commas, or remove the line");
            }
            if (codes.contains(trimmed)) {
                throw error(header.lineOf("code"), "the national code " + trimmed + " is listed twice", "keep it once");
            }
            codes.add(trimmed);
        }
        return List.copyOf(codes);
    }

    private List<Source> sources(Header header) {
        List<String> items = header.lists.getOrDefault("sources", List.of());
        if (items.isEmpty()) {
            throw error(header.lineOf("sources"), "the guide names no source",
                    "add 'sources:' with at least one line '  - title | https://official.page'");
        }
        List<Source> sources = new ArrayList<>();
        for (String item : items) {
            int bar = item.lastIndexOf('|');
            String title = bar < 0 ? "" : item.substring(0, bar).strip();
            String url = bar < 0 ? "" : item.substring(bar + 1).strip();
            if (title.isEmpty() || !(url.startsWith("https://") || url.startsWith("http://")) || url.contains(" ")) {
                throw error(lineOfListItem("sources", item, header), "the source '" + item + "' is not 'title | https://url'",
                        "write the page's title, ' | ', then its full address");
            }
            sources.add(new Source(title, url));
        }
        return List.copyOf(sources);
    }

    private int lineOfListItem(String field, String item, Header header) {
        for (int i = header.lineOf(field); i < lines.length; i++) {
            if (lines[i].contains(item)) {
                return i + 1;
            }
        }
        return header.lineOf(field);
    }

    private void skipBlankLines() {
        while (at < lines.length && lines[at].isBlank()) {
            at++;
        }
    }

    private KnowledgeBaseException error(int line, String problem, String fix) {
        return new KnowledgeBaseException(file, line, problem, fix);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static String fingerprint(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
