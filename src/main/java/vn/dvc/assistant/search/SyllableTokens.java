package vn.dvc.assistant.search;

import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * A text's syllables, read once, handed to Lucene as one of the spellings it is indexed in: one term per syllable,
 * with its canonical diacritics or folded, or one per pair of neighbouring syllables, so that "kinh doanh" outranks
 * "kinh" and "doanh" apart. A text is indexed in two to four spellings; read by an analyzer per field, it was read
 * (split into syllables, abbreviations and synonyms replaced) once per spelling, and the pairs were made by
 * Lucene's shingle filter, together over half of the catalogue's indexing at start (docs/benchmarks.md).
 */
final class SyllableTokens extends TokenStream {

    public enum Spelling { ACCENTED, FOLDED }

    /**
     * Terms and how often a document holds each, and its length: all BM25 asks. No positions, since no search
     * here asks where a word stands; writing them was a fifth of the indexing.
     */
    private static final FieldType COUNTED = new FieldType();

    static {
        COUNTED.setTokenized(true);
        COUNTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        COUNTED.freeze();
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<Syllable> syllables;
    private final Spelling spelling;
    private final boolean pairs;
    private int next;

    private SyllableTokens(List<Syllable> syllables, Spelling spelling, boolean pairs) {
        this.syllables = syllables;
        this.spelling = spelling;
        this.pairs = pairs;
    }

    /** A field of a document, its terms the syllables' {@code spelling}, or their pairs'. */
    static Field field(String name, List<Syllable> syllables, Spelling spelling, boolean pairs) {
        return new Field(name, new SyllableTokens(syllables, spelling, pairs), COUNTED);
    }

    @Override
    public void reset() {
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next + (pairs ? 1 : 0) >= syllables.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(spelt(syllables.get(next)));
        if (pairs) {
            term.append(' ').append(spelt(syllables.get(next + 1)));
        }
        next++;
        return true;
    }

    private String spelt(Syllable syllable) {
        return spelling == Spelling.ACCENTED ? syllable.accented() : syllable.folded();
    }
}
