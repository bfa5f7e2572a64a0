package vn.dvc.assistant.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits Vietnamese text into syllables and gives each two canonical spellings.
 *
 * <p>The accented form keeps vowel marks (â, ă, ê, ô, ơ, ư, đ) and writes the tone as a trailing Telex letter
 * (f, s, r, x, j), so that old and new tone placement (hoà / hòa, thuỷ / thủy), NFC and NFD input all give one
 * term. The folded form drops every mark, as a citizen typing without diacritics does.
 */
public final class VietnameseText {

    /** One syllable (or number, or foreign word) in its two canonical spellings. */
    public record Syllable(String accented, String folded) {
        public boolean hasDiacritics() {
            return !accented.equals(folded);
        }
    }

    /** A syllable whose only vowel is a final y after consonants: ký / kí, lý / lí are one word. */
    private static final Pattern CONSONANTS_THEN_Y = Pattern.compile("[bcdđghklmnpqrstvx]*y");
    /**
     * Vietnamese has some seven thousand syllables, and every guide, catalogue name and question is made of them:
     * each word as typed is spelt out once (lower case, two Unicode normalisations, a pattern) and then looked up,
     * which is most of the cost of reading thousands of catalogue names at start. Bounded, so that odd words typed
     * at random cannot grow it; past the bound a word is spelt out every time.
     */
    private static final int KNOWN_WORDS = 50_000;
    private static final Map<String, Syllable> SPELT = new ConcurrentHashMap<>();

    private VietnameseText() {
    }

    /** The text's words (runs of letters, marks and digits) in their canonical spellings. */
    public static List<Syllable> syllables(String text) {
        List<Syllable> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isWordPart(codePoint)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                result.add(syllable(text.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            result.add(syllable(text.substring(start)));
        }
        return result;
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * The words of {@code text} folded and one space apart: how a question is compared whatever its diacritics,
     * case, spacing, punctuation or Unicode form ("Mở tiệm, tạp hóa?" and "mo tiem tap hoa" give one key).
     */
    public static String foldedWords(String text) {
        return syllables(text).stream().map(Syllable::folded).collect(Collectors.joining(" "));
    }

    /** Canonical spellings of one word as typed. */
    private static Syllable syllable(String word) {
        Syllable known = SPELT.get(word);
        if (known != null) {
            return known;
        }
        Syllable spelt = spell(Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT));
        if (SPELT.size() < KNOWN_WORDS) {
            SPELT.put(word, spelt);
        }
        return spelt;
    }

    private static Syllable spell(String decomposedWord) {
        StringBuilder withoutTone = new StringBuilder(decomposedWord.length());
        char tone = 0;
        for (int i = 0; i < decomposedWord.length(); i++) {
            char c = decomposedWord.charAt(i);
            char toneLetter = toneLetter(c);
            if (toneLetter != 0) {
                tone = toneLetter;
            } else {
                withoutTone.append(c);
            }
        }
        String base = Normalizer.normalize(withoutTone, Normalizer.Form.NFC);
        if (CONSONANTS_THEN_Y.matcher(base).matches()) {
            base = base.substring(0, base.length() - 1) + 'i';
        }
        String folded = fold(base);
        return new Syllable(tone == 0 ? base : base + tone, folded);
    }

    /** Drops every diacritic; đ becomes d. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }

    private static char toneLetter(char combiningMark) {
        return switch (combiningMark) {
            case '\u0300' -> 'f'; // huyền
            case '\u0301' -> 's'; // sắc
            case '\u0309' -> 'r'; // hỏi
            case '\u0303' -> 'x'; // ngã
            case '\u0323' -> 'j'; // nặng
            default -> 0;
        };
    }
}
