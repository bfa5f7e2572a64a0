package vn.dvc.assistant.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The domain's words, curated in knowledge-base/vocabulary: how citizens say things, and which words show
 * what a question is about.
 *
 * @param rewrites      abbreviations and synonyms: each phrase on the left is read as the one on the right
 * @param aspectCues    words that show which aspect is asked about
 * @param smalltalk     phrases of greeting, thanks, "who are you", goodbye
 * @param functionWords words that carry no topic (pronouns, particles, question words)
 */
public record Vocabulary(
        List<Rewrite> rewrites,
        List<AspectCue> aspectCues,
        Map<SmalltalkKind, List<String>> smalltalk,
        List<String> functionWords) {

    public record Rewrite(String phrase, String replacement) {
    }

    /** @param weight how strongly the phrase points at the aspect; by default its number of words */
    public record AspectCue(Aspect aspect, String phrase, double weight) {
    }

    public enum SmalltalkKind {
        GREETING, THANKS, IDENTITY, GOODBYE
    }
}
