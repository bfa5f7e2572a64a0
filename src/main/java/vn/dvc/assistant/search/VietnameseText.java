package vn.dvc.assistant.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** A syllable whose only vowel is a final y after consonants: ký / kí, lý / lí are one word. */
    private static final Pattern CONSONANTS_THEN_Y = Pattern.compile("[bcdđghklmnpqrstvx]*y");

    private VietnameseText() {
    }

    public static List<Syllable> syllables(String text) {
        List<Syllable> result = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return result;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(decomposed);
        while (word.find()) {
            result.add(syllable(word.group()));
        }
        return result;
    }

    /**
     * The words of {@code text} folded and one space apart: how a question is compared whatever its diacritics,
     * case, spacing, punctuation or Unicode form ("Mở tiệm, tạp hóa?" and "mo tiem tap hoa" give one key).
     */
    public static String foldedWords(String text) {
        return syllables(text).stream().map(Syllable::folded).collect(Collectors.joining(" "));
    }

    /** Canonical spellings of one decomposed, lower-case word. */
    static Syllable syllable(String decomposedWord) {
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
