package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.SyllableTokens.Spelling;

class SyllableTokensTest {

    private final DomainText domainText = new DomainText(new Vocabulary(
            List.of(new Vocabulary.Rewrite("hkd", "hộ kinh doanh"),
                    new Vocabulary.Rewrite("ko", "không"),
                    new Vocabulary.Rewrite("giải thể", "chấm dứt")),
            List.of(), Map.of(), List.of()));

    @Test
    void foldedTermsAreTheSameWithOrWithoutDiacriticsInEitherNormalForm() throws IOException {
        String accented = "Chấm dứt hộ kinh doanh mất bao lâu?";
        List<String> expected = List.of("cham", "dut", "ho", "kinh", "doanh", "mat", "bao", "lau");
        assertEquals(expected, terms(Spelling.FOLDED, false, accented));
        assertEquals(expected, terms(Spelling.FOLDED, false, Normalizer.normalize(accented, Normalizer.Form.NFD)));
        assertEquals(expected, terms(Spelling.FOLDED, false, "cham dut HKD mat bao lau"));
    }

    @Test
    void accentedTermsKeepTheToneAndIgnoreItsPlacement() throws IOException {
        assertEquals(terms(Spelling.ACCENTED, false, "thuỷ hoà"), terms(Spelling.ACCENTED, false, "thủy hòa"));
        assertEquals(List.of("lêj", "phis"), terms(Spelling.ACCENTED, false, "Lệ phí"));
    }

    @Test
    void abbreviationsAndSynonymsAreReadAsTheGuidesWords() throws IOException {
        assertEquals(List.of("cham", "dut", "ho", "kinh", "doanh", "khong"), terms(Spelling.FOLDED, false, "giai the hkd ko"));
        assertEquals(List.of("cham", "dut", "ho", "kinh", "doanh"), terms(Spelling.FOLDED, false, "Giải thể hộ kinh doanh"));
    }

    @Test
    void bigramsPairNeighbouringSyllables() throws IOException {
        assertEquals(List.of("ho kinh", "kinh doanh"), terms(Spelling.FOLDED, true, "hkd"));
        assertEquals(List.of("hôj kinh", "kinh doanh"), terms(Spelling.ACCENTED, true, "hộ kinh doanh"));
    }

    private List<String> terms(Spelling spelling, boolean bigrams, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = SyllableTokens.field("f", domainText.read(text), spelling, bigrams).tokenStreamValue()) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
