package vn.dvc.assistant.catalogue.reading;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An office name as the records write it, whatever their spelling: any case, any spacing, "-" or none between
 * words ("Lao động - Thương binh", "Lao động-Thương binh", "Lao động Thương binh"), the old or new tone placement
 * ("Uỷ ban", "Ủy ban"). The same name gives the same {@link #key} however it is written.
 */
final class OfficeNames {

    /** The two places a tone mark goes on "oa", "oe", "uy": the records use both. */
    private static final Map<String, String> TONE_PLACES = Map.ofEntries(
            Map.entry("oà", "òa"), Map.entry("oá", "óa"), Map.entry("oả", "ỏa"), Map.entry("oã", "õa"), Map.entry("oạ", "ọa"),
            Map.entry("oè", "òe"), Map.entry("oé", "óe"), Map.entry("oẻ", "ỏe"), Map.entry("oẽ", "õe"), Map.entry("oẹ", "ọe"),
            Map.entry("uỳ", "ùy"), Map.entry("uý", "úy"), Map.entry("uỷ", "ủy"), Map.entry("uỹ", "ũy"), Map.entry("uỵ", "ụy"));
    private static final Pattern DASH = Pattern.compile("\\s*[-–—]\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OfficeNames() {
    }

    /** The name's spelling-free form: lower case, tone marks in one place, dashes as spaces, single spaces. */
    static String key(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> place : TONE_PLACES.entrySet()) {
            text = text.replace(place.getKey(), place.getValue());
        }
        text = DASH.matcher(text).replaceAll(" ");
        text = COMMA.matcher(text).replaceAll(", ");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** A word's key and its spelling with the tone marks in the old places, both in lower case. */
    static Set<String> spellings(String wordKey) {
        Set<String> spellings = new LinkedHashSet<>(List.of(wordKey));
        TONE_PLACES.forEach((old, now) -> spellings.add(wordKey.replace(now, old)));
        return spellings;
    }

    /** A regular expression for every way of writing the name, to be compiled case-insensitively. */
    static String regex(String name) {
        String text = key(name);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String pair = i + 1 < text.length() ? text.substring(i, i + 2) : "";
            String otherPlace = TONE_PLACES.entrySet().stream().filter(e -> e.getValue().equals(pair)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (otherPlace != null) {
                regex.append("(?:").append(pair).append('|').append(otherPlace).append(')');
                i++;
            } else if (c == ' ') {
                regex.append("(?:\\s+|\\s*[-–—]\\s*)");
            } else if (c == ',') {
                regex.append("\\s*,\\s*");
                i += pair.equals(", ") ? 1 : 0;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
