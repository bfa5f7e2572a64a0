package vn.dvc.assistant.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last sentence of a message that holds several: citizens tell what happened first and ask last ("Tháng trước em
 * mới cưới, nhà chồng ở Đà Nẵng. Giờ muốn chuyển hộ khẩu về nhà chồng thì làm sao").
 */
final class AskingSentence {

    /** A sentence ends at a full stop, question or exclamation mark or semicolon before a space, or at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!;…])\\s+|\\s*\\n\\s*");

    private AskingSentence() {
    }

    static Optional<String> of(String message) {
        List<String> sentences = Arrays.stream(SENTENCE_END.split(message.strip()))
                .filter(s -> s.chars().anyMatch(Character::isLetter)).toList();
        return sentences.size() < 2 ? Optional.empty() : Optional.of(sentences.get(sentences.size() - 1));
    }
}
