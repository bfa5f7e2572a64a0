package vn.dvc.assistant.search;

import java.util.List;

import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/** Text as the assistant reads it: canonical syllables, with abbreviations and synonyms replaced. */
public final class DomainText {

    private final PhraseRewriter rewriter;

    public DomainText(Vocabulary vocabulary) {
        this.rewriter = new PhraseRewriter(vocabulary.rewrites());
    }

    public List<Syllable> read(String text) {
        return rewriter.rewrite(VietnameseText.syllables(text));
    }
}
