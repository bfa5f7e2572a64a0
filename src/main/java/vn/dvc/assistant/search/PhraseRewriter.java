package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.List;

import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/** Reads abbreviations and synonyms as the words the guides use, whatever the diacritics typed. */
final class PhraseRewriter {

    private final PhraseTrie<List<Syllable>> phrases = new PhraseTrie<>();

    PhraseRewriter(List<Vocabulary.Rewrite> rules) {
        for (Vocabulary.Rewrite rule : rules) {
            phrases.add(VietnameseText.syllables(rule.phrase()), VietnameseText.syllables(rule.replacement()));
        }
    }

    List<Syllable> rewrite(List<Syllable> syllables) {
        List<Syllable> out = new ArrayList<>(syllables.size() + 4);
        int copied = 0;
        for (PhraseTrie.Match<List<Syllable>> match : phrases.find(syllables)) {
            out.addAll(syllables.subList(copied, match.start()));
            out.addAll(match.value());
            copied = match.end();
        }
        out.addAll(syllables.subList(copied, syllables.size()));
        return out;
    }
}
