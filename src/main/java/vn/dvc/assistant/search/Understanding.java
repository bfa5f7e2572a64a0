package vn.dvc.assistant.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Vocabulary.SmalltalkKind;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * What a question says, before any decision is taken on it.
 *
 * @param syllables          every syllable, after abbreviations, synonyms and typos are read
 * @param meaningful         the syllables that are not function words
 * @param topical            the syllables left to name a topic: not function words, aspect words or smalltalk
 * @param strangers          topical syllables the knowledge base does not know, or knows only beside other words
 * @param maybeTopical       syllables that may name the topic or not: soft words (a shop's goods, a place, a time), and
 *                           function words typed without diacritics that spell like topic words, and the words of
 *                           a story told before the question proper ("Tôi ... Xin hỏi ...")
 * @param aspectCues         the words pointing at an aspect, in the order they stand
 * @param smalltalk          the kinds of smalltalk phrase found
 */
public record Understanding(
        String question,
        List<Syllable> syllables,
        List<Syllable> meaningful,
        List<Syllable> topical,
        List<Syllable> strangers,
        List<Syllable> maybeTopical,
        List<AspectCue> aspectCues,
        Set<SmalltalkKind> smalltalk) {

    /** Words pointing at an aspect, with their weight. */
    public record AspectCue(Aspect aspect, double weight, List<Syllable> words) {
    }

    /** The reading in a line, for the debug log. */
    public String summary() {
        return String.format("topical %s strangers %s maybe %s | cues %s", folded(topical), folded(strangers),
                folded(maybeTopical), cueWeights());
    }

    private static List<String> folded(List<Syllable> syllables) {
        return syllables.stream().map(Syllable::folded).toList();
    }

    /** The weight of the words pointing at each aspect. */
    public Map<Aspect, Double> cueWeights() {
        Map<Aspect, Double> weights = new EnumMap<>(Aspect.class);
        aspectCues.forEach(c -> weights.merge(c.aspect(), c.weight(), Double::sum));
        return weights;
    }
}
