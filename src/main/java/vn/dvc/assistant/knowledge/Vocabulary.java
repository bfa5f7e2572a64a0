package vn.dvc.assistant.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The domain's words, curated in knowledge-base/vocabulary: how citizens say things, and which words show
 * what a question is about.
 *
 * @param rewrites      abbreviations and synonyms: each phrase on the left is read as the one on the right
 * @param aspectCues    words that show which aspect is asked about
 * @param smalltalk     phrases of greeting, thanks, "who are you", goodbye, and of "yes" and "no" as a whole message
 * @param functionWords words that carry no topic (pronouns, particles, question words)
 * @param softWords     words that may name the topic or only colour the question (what a shop sells, a place, a time)
 * @param citizenNames  how citizens name national procedures ("lấy vợ" for đăng ký kết hôn), by national code
 */
public record Vocabulary(
        List<Rewrite> rewrites,
        List<AspectCue> aspectCues,
        Map<SmalltalkKind, List<String>> smalltalk,
        List<String> functionWords,
        List<String> softWords,
        List<CitizenName> citizenNames) {

    public Vocabulary(List<Rewrite> rewrites, List<AspectCue> aspectCues, Map<SmalltalkKind, List<String>> smalltalk,
                      List<String> functionWords) {
        this(rewrites, aspectCues, smalltalk, functionWords, List.of(), List.of());
    }

    /**
     * A phrase citizens use for a procedure, and the national codes it means: the first the one a citizen at the
     * commune normally means, the others its variants (another level, a foreign element, another filer).
     */
    public record CitizenName(String phrase, List<String> codes) {
    }

    public record Rewrite(String phrase, String replacement) {
    }

    /** @param weight how strongly the phrase points at the aspect; by default its number of words */
    public record AspectCue(Aspect aspect, String phrase, double weight) {
    }

    /** YES and NO count only when they are the whole message: the citizen answers a question, asks nothing. */
    public enum SmalltalkKind {
        GREETING, THANKS, IDENTITY, GOODBYE, YES, NO;

        public boolean isWholeMessageOnly() {
            return this == YES || this == NO;
        }
    }
}
