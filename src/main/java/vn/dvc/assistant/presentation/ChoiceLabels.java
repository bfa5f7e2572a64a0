package vn.dvc.assistant.presentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short, distinct labels for a list of choices, at most {@value #LIMIT} characters (Messenger's quick-reply
 * titles). Procedure names begin and end alike ("Đăng ký thành lập hộ kinh doanh", "Đăng ký thay đổi nội dung
 * đăng ký hộ kinh doanh"): cut at 20 characters they read the same, so a label keeps the words that tell a
 * name from the others ("Đăng ký thành lập", "Thay đổi nội dung"). A choice that fits is kept whole.
 */
public final class ChoiceLabels {

    public static final int LIMIT = 20;

    /** Where a name's first clause ends: "Tạm ngừng kinh doanh, tiếp tục…", "Tài khoản … (VNeID)", "Cổng – quốc gia". */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:(]|\\s[–-]\\s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.–-]+$");

    private ChoiceLabels() {
    }

    /** One label per choice, in order. */
    public static List<String> of(List<String> choices) {
        List<String> labels = new ArrayList<>();
        // The names' words are read only for a choice too long to keep whole: most quick replies fit, and this runs
        // at every chat turn.
        List<List<String>> words = null;
        Map<String, Integer> namesHolding = null;
        for (int i = 0; i < choices.size(); i++) {
            String whole = choices.get(i).strip();
            if (whole.length() > LIMIT && words == null) {
                words = choices.stream().map(ChoiceLabels::firstClauseWords).toList();
                namesHolding = namesHolding(words);
            }
            labels.add(whole.length() <= LIMIT ? whole : shortened(words.get(i), words, namesHolding));
        }
        return distinct(choices, labels);
    }

    private static String shortened(List<String> own, List<List<String>> all, Map<String, Integer> namesHolding) {
        if (length(own) <= LIMIT) {
            return String.join(" ", own); // "Tạm ngừng kinh doanh, tiếp tục…": its first clause fits
        }
        List<String> kept = new ArrayList<>(own);
        // The words most names end with are the common subject ("… hộ kinh doanh"), not what sets one apart.
        while (kept.size() > 1 && isShared(kept.get(kept.size() - 1), namesHolding, all.size())) {
            kept.remove(kept.size() - 1);
        }
        if (length(kept) > LIMIT) {
            int common = longestCommonStart(kept, own, all);
            if (common > 0 && common < kept.size()) {
                kept = new ArrayList<>(kept.subList(common, kept.size()));
                kept.set(0, capitalised(kept.get(0))); // the label now starts mid-name
            }
        }
        return fitted(kept);
    }

    private static boolean isShared(String word, Map<String, Integer> namesHolding, int names) {
        int holding = namesHolding.getOrDefault(key(word), 0);
        return holding >= 2 && holding * 2 >= names;
    }

    /** How many words this name starts with in common with another name ("Đăng ký" with "Đăng ký thành lập…"). */
    private static int longestCommonStart(List<String> kept, List<String> own, List<List<String>> all) {
        int longest = 0;
        for (List<String> other : all) {
            if (other == own) {
                continue;
            }
            int common = 0;
            while (common < kept.size() && common < other.size() && key(kept.get(common)).equals(key(other.get(common)))) {
                common++;
            }
            longest = Math.max(longest, common);
        }
        return longest;
    }

    /** Whole words up to the limit, with an ellipsis when some were left out. */
    private static String fitted(List<String> words) {
        String all = String.join(" ", words);
        if (all.length() <= LIMIT) {
            return all;
        }
        StringBuilder head = new StringBuilder();
        for (String word : words) {
            if (head.length() + (head.isEmpty() ? 0 : 1) + word.length() > LIMIT - 1) {
                break;
            }
            head.append(head.isEmpty() ? "" : " ").append(word);
        }
        String kept = head.isEmpty() ? cut(all, LIMIT - 1) : head.toString();
        return TRAILING_PUNCTUATION.matcher(kept).replaceAll("") + "…";
    }

    /** Two labels alike are told apart by their full texts' own start, then by their position. */
    private static List<String> distinct(List<String> choices, List<String> labels) {
        List<String> result = new ArrayList<>(labels);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < result.size(); i++) {
            if (!seen.add(key(result.get(i)))) {
                String alternative = fitted(List.of(SPACES.split(choices.get(i).strip())));
                result.set(i, seen.add(key(alternative)) ? alternative : numbered(alternative, i + 1, seen));
            }
        }
        return result;
    }

    private static String numbered(String label, int position, Set<String> seen) {
        String suffix = " " + position;
        String numbered = cut(label.replace("…", ""), LIMIT - suffix.length()).strip() + suffix;
        seen.add(key(numbered));
        return numbered;
    }

    private static List<String> firstClauseWords(String choice) {
        String text = choice.strip();
        var end = CLAUSE_END.matcher(text);
        String clause = end.find() && end.start() > 1 ? text.substring(0, end.start()) : text;
        return List.of(SPACES.split(clause.strip()));
    }

    private static Map<String, Integer> namesHolding(List<List<String>> words) {
        Map<String, Integer> holding = new HashMap<>();
        for (List<String> name : words) {
            name.stream().map(ChoiceLabels::key).distinct().forEach(word -> holding.merge(word, 1, Integer::sum));
        }
        return holding;
    }

    private static int length(List<String> words) {
        return String.join(" ", words).length();
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
