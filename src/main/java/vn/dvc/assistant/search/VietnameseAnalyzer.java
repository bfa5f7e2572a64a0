package vn.dvc.assistant.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * Lucene analysis for Vietnamese: one term per syllable, either with its canonical diacritics or folded,
 * optionally as syllable bigrams so that "kinh doanh" outranks "kinh" and "doanh" apart.
 */
public final class VietnameseAnalyzer extends Analyzer {

    public enum Spelling { ACCENTED, FOLDED }

    private final DomainText domainText;
    private final Spelling spelling;
    private final boolean bigrams;

    public VietnameseAnalyzer(DomainText domainText, Spelling spelling, boolean bigrams) {
        this.domainText = domainText;
        this.spelling = spelling;
        this.bigrams = bigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new SyllableTokenizer(domainText, spelling);
        if (!bigrams) {
            return new TokenStreamComponents(tokenizer);
        }
        ShingleFilter shingles = new ShingleFilter(tokenizer, 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setTokenSeparator(" ");
        return new TokenStreamComponents(tokenizer, (TokenStream) shingles);
    }

    /** Reads the whole input (a question or one guide field), then hands out its syllables. */
    private static final class SyllableTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final DomainText domainText;
        private final Spelling spelling;
        private List<Syllable> syllables = List.of();
        private int next;

        SyllableTokenizer(DomainText domainText, Spelling spelling) {
            this.domainText = domainText;
            this.spelling = spelling;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n; (n = input.read(buffer)) != -1; ) {
                text.append(buffer, 0, n);
            }
            syllables = domainText.read(text.toString());
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= syllables.size()) {
                return false;
            }
            clearAttributes();
            Syllable s = syllables.get(next++);
            term.setEmpty().append(spelling == Spelling.ACCENTED ? s.accented() : s.folded());
            return true;
        }
    }
}
