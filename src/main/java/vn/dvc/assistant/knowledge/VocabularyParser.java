package vn.dvc.assistant.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Reads the line-based vocabulary files; a bad line is rejected with its file, line and fix. */
final class VocabularyParser {

    private VocabularyParser() {
    }

    /** {@code a, b => c}: every phrase on the left is read as the right side. */
    static List<Vocabulary.Rewrite> rewrites(String file, String content) {
        List<Vocabulary.Rewrite> rules = new ArrayList<>();
        eachRule(file, content, (line, text) -> {
            int arrow = text.indexOf("=>");
            String replacement = arrow < 0 ? "" : text.substring(arrow + 2).strip();
            List<String> phrases = arrow < 0 ? List.of() : phrases(text.substring(0, arrow));
            if (phrases.isEmpty() || replacement.isEmpty() || replacement.contains("=>")) {
                throw new KnowledgeBaseException(file, line, "'" + text + "' is not a rule 'phrase, phrase => replacement'",
                        "write the phrases citizens use, '=>', then the words the guides use");
            }
            phrases.forEach(p -> rules.add(new Vocabulary.Rewrite(p, replacement)));
        });
        return rules;
    }

    private static final java.util.regex.Pattern NATIONAL_CODE = java.util.regex.Pattern.compile("\\d\\.\\d{6}");

    /** {@code lấy vợ, cưới vợ => 1.000894, 2.000806}: citizens' names of national procedures, default variant first. */
    static List<Vocabulary.CitizenName> citizenNames(String file, String content) {
        List<Vocabulary.CitizenName> names = new ArrayList<>();
        eachRule(file, content, (line, text) -> {
            int arrow = text.indexOf("=>");
            List<String> phrases = arrow < 0 ? List.of() : phrases(text.substring(0, arrow));
            List<String> codes = arrow < 0 ? List.of() : phrases(text.substring(arrow + 2));
            if (phrases.isEmpty() || codes.isEmpty()) {
                throw new KnowledgeBaseException(file, line, "'" + text + "' is not a rule 'phrase, phrase => code, code'",
                        "write the phrases citizens use, '=>', then the national codes they mean (the usual one first)");
            }
            for (String code : codes) {
                if (!NATIONAL_CODE.matcher(code).matches()) {
                    throw new KnowledgeBaseException(file, line, "'" + code + "' is not a national procedure code",
                            "write codes as the portal does, a digit, a dot and six digits: 1.000894");
                }
            }
            phrases.forEach(p -> names.add(new Vocabulary.CitizenName(p, List.copyOf(codes))));
        });
        return names;
    }

    private static final java.util.regex.Pattern DOCUMENT_NUMBER = java.util.regex.Pattern.compile("\\d+[\\w.]*/\\d{4}/[\\p{L}\\d-]+|\\d+/[\\p{L}\\d-]+");

    /** {@code 38/2019/QH14 => 108/2025/QH15 | what changed}: legal documents and the ones that replaced or amended them. */
    static List<Succession> successions(String file, String content) {
        List<Succession> successions = new ArrayList<>();
        eachRule(file, content, (line, text) -> {
            int arrow = text.indexOf("=>");
            int bar = text.indexOf('|');
            String document = arrow < 0 ? "" : text.substring(0, arrow).strip();
            String successor = arrow < 0 ? "" : text.substring(arrow + 2, bar < 0 ? text.length() : bar).strip();
            if (!DOCUMENT_NUMBER.matcher(document).matches() || !DOCUMENT_NUMBER.matcher(successor).matches() || bar < 0) {
                throw new KnowledgeBaseException(file, line, "'" + text + "' is not 'document => successor | what changed'",
                        "write the numbers as guides cite them: 38/2019/QH14 => 108/2025/QH15 | thay thế từ 01/07/2026");
            }
            successions.add(new Succession(document, successor, text.substring(bar + 1).strip()));
        });
        return successions;
    }

    /**
     * {@code fees: lệ phí, tốn=2}: cues for one aspect, each with an optional weight. A weight of 0 marks a phrase that
     * holds a cue's words but asks nothing ("chưa bao giờ có" is not "bao giờ có").
     */
    static List<Vocabulary.AspectCue> aspectCues(String file, String content) {
        List<Vocabulary.AspectCue> cues = new ArrayList<>();
        Map<String, Integer> lineOfPhrase = new HashMap<>();
        eachRule(file, content, (line, text) -> {
            Labelled labelled = labelled(file, line, text);
            Aspect aspect = Aspect.fromKey(labelled.label).orElseThrow(() -> new KnowledgeBaseException(file, line,
                    "unknown aspect '" + labelled.label + "'",
                    "use one of " + Arrays.stream(Aspect.values()).map(Aspect::key).collect(Collectors.joining(", "))));
            for (String cue : labelled.phrases) {
                int equals = cue.lastIndexOf('=');
                String phrase = equals < 0 ? cue : cue.substring(0, equals).strip();
                String typed = equals < 0 ? null : cue.substring(equals + 1).strip();
                double weight = typed == null ? phrase.split("\\s+").length : "0".equals(typed) ? 0 : weight(file, line, typed);
                Integer first = lineOfPhrase.putIfAbsent(phrase.toLowerCase(Locale.ROOT), line);
                if (first != null) {
                    throw new KnowledgeBaseException(file, line, "'" + phrase + "' is a cue already (line " + first
                            + "): only the first would count", "keep one, under the aspect and with the weight meant");
                }
                cues.add(new Vocabulary.AspectCue(aspect, phrase, weight));
            }
        });
        return cues;
    }

    /** {@code greeting: xin chào, chào bạn}. */
    static Map<Vocabulary.SmalltalkKind, List<String>> smalltalk(String file, String content) {
        Map<Vocabulary.SmalltalkKind, List<String>> phrases = new EnumMap<>(Vocabulary.SmalltalkKind.class);
        eachRule(file, content, (line, text) -> {
            Labelled labelled = labelled(file, line, text);
            Vocabulary.SmalltalkKind kind;
            try {
                kind = Vocabulary.SmalltalkKind.valueOf(labelled.label.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeBaseException(file, line, "unknown kind '" + labelled.label + "'",
                        "use greeting, thanks, identity, goodbye, yes or no");
            }
            phrases.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(labelled.phrases);
        });
        return phrases;
    }

    /** Words separated by commas or new lines. */
    static List<String> words(String file, String content) {
        List<String> words = new ArrayList<>();
        eachRule(file, content, (line, text) -> words.addAll(phrases(text)));
        return words;
    }

    private record Labelled(String label, List<String> phrases) {
    }

    private static Labelled labelled(String file, int line, String text) {
        int colon = text.indexOf(':');
        List<String> phrases = colon < 0 ? List.of() : phrases(text.substring(colon + 1));
        if (colon <= 0 || phrases.isEmpty()) {
            throw new KnowledgeBaseException(file, line, "'" + text + "' is not 'kind: phrase, phrase'",
                    "write the kind, a colon, then the phrases separated by commas");
        }
        return new Labelled(text.substring(0, colon).strip(), phrases);
    }

    private static double weight(String file, int line, String text) {
        try {
            double weight = Double.parseDouble(text);
            if (weight > 0) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new KnowledgeBaseException(file, line, "the weight '" + text + "' is not a positive number",
                "write the cue as 'phrase=2' or leave the weight out");
    }

    private static List<String> phrases(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static void eachRule(String file, String content, BiConsumer<Integer, String> rule) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = lines[i].indexOf('#');
            String text = (hash < 0 ? lines[i] : lines[i].substring(0, hash)).strip();
            if (!text.isEmpty()) {
                rule.accept(i + 1, text);
            }
        }
    }
}
