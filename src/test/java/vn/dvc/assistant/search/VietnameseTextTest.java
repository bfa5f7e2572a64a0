package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.search.VietnameseText.Syllable;

class VietnameseTextTest {

    /** Every Vietnamese vowel with each of the six tones, as a reader would type them. */
    private static final String[][] VOWELS_BY_TONE = {
            {"a", "à", "á", "ả", "ã", "ạ"},
            {"ă", "ằ", "ắ", "ẳ", "ẵ", "ặ"},
            {"â", "ầ", "ấ", "ẩ", "ẫ", "ậ"},
            {"e", "è", "é", "ẻ", "ẽ", "ẹ"},
            {"ê", "ề", "ế", "ể", "ễ", "ệ"},
            {"i", "ì", "í", "ỉ", "ĩ", "ị"},
            {"o", "ò", "ó", "ỏ", "õ", "ọ"},
            {"ô", "ồ", "ố", "ổ", "ỗ", "ộ"},
            {"ơ", "ờ", "ớ", "ở", "ỡ", "ợ"},
            {"u", "ù", "ú", "ủ", "ũ", "ụ"},
            {"ư", "ừ", "ứ", "ử", "ữ", "ự"},
            {"y", "ỳ", "ý", "ỷ", "ỹ", "ỵ"},
    };
    private static final String[] BASE_FOLDED = {"a", "a", "a", "e", "e", "i", "o", "o", "o", "u", "u", "y"};
    private static final String TONE_LETTERS = " fsrxj";

    @Test
    void everyVowelWithEveryToneFoldsToItsBaseLetterInBothNormalForms() {
        for (int v = 0; v < VOWELS_BY_TONE.length; v++) {
            for (int tone = 0; tone < 6; tone++) {
                String vowel = VOWELS_BY_TONE[v][tone];
                for (Normalizer.Form form : List.of(Normalizer.Form.NFC, Normalizer.Form.NFD)) {
                    String word = "b" + Normalizer.normalize(vowel, form) + "n";
                    Syllable s = only(word);
                    assertEquals("b" + BASE_FOLDED[v] + "n", s.folded(), word + " in " + form);
                    String expectedTone = tone == 0 ? "" : String.valueOf(TONE_LETTERS.charAt(tone));
                    String toneless = Normalizer.normalize("b" + VOWELS_BY_TONE[v][0] + "n", Normalizer.Form.NFC);
                    assertEquals(toneless + expectedTone, s.accented(), word + " in " + form);
                    assertEquals(only(word.toUpperCase()), s, "upper case " + word);
                }
            }
        }
    }

    @Test
    void tonesKeepWordsApartWhenDiacriticsAreTyped() {
        assertNotEquals(only("bán").accented(), only("bàn").accented());
        assertEquals(only("bán").folded(), only("bàn").folded());
        assertNotEquals(only("ân").accented(), only("ăn").accented());
    }

    @Test
    void dWithStrokeFoldsToD() {
        for (String word : List.of("đăng", "Đăng", "ĐĂNG", Normalizer.normalize("đăng", Normalizer.Form.NFD))) {
            assertEquals("dang", only(word).folded());
            assertEquals("đăng", only(word).accented());
        }
    }

    @Test
    void oldAndNewTonePlacementAreOneSyllable() {
        assertEquals(only("hòa"), only("hoà"));
        assertEquals(only("thủy"), only("thuỷ"));
        assertEquals(only("hóa"), only("hoá"));
        assertEquals(only("khỏe"), only("khoẻ"));
        assertEquals(only("quý"), only("qúy"));
    }

    @Test
    void finalYAfterConsonantsIsReadAsI() {
        assertEquals(only("ký"), only("kí"));
        assertEquals(only("lý"), only("lí"));
        assertNotEquals(only("thủy").folded(), only("thủi").folded());
    }

    @Test
    void splitsOnPunctuationAndKeepsNumbers() {
        List<Syllable> syllables = VietnameseText.syllables("Nghị định 168/2025/NĐ-CP, hộ kinh doanh?");
        assertEquals(List.of("nghi", "dinh", "168", "2025", "nd", "cp", "ho", "kinh", "doanh"),
                syllables.stream().map(Syllable::folded).toList());
    }

    private static Syllable only(String word) {
        List<Syllable> syllables = VietnameseText.syllables(word);
        assertEquals(1, syllables.size(), word);
        return syllables.get(0);
    }

    @Test
    void foldedWordsIgnoreDiacriticsCaseSpacingPunctuationAndNormalForm() {
        String key = "toi muon mo tiem tap hoa o dau";
        assertEquals(key, VietnameseText.foldedWords("Tôi muốn mở tiệm tạp hóa ở đâu?"));
        assertEquals(key, VietnameseText.foldedWords("  TÔI MUỐN, mở   tiệm tạp hoá... ở ĐÂU  "));
        assertEquals(key, VietnameseText.foldedWords(Normalizer.normalize("Tôi muốn mở tiệm tạp hóa ở đâu", Normalizer.Form.NFD)));
        assertEquals(key, VietnameseText.foldedWords("toi muon mo tiem tap hoa o dau"));
        assertNotEquals(key, VietnameseText.foldedWords("tôi muốn mở tiệm tạp hóa"));
        assertEquals("", VietnameseText.foldedWords("???"));
    }
}
