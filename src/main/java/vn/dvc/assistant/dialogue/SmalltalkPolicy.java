package vn.dvc.assistant.dialogue;

import java.util.Optional;

/** Greetings, thanks, "who are you": only when the turn asks about nothing else. */
final class SmalltalkPolicy implements Policy {

    @Override
    public Optional<Reply> decide(Turn turn) {
        var understanding = turn.understanding;
        if (understanding.smalltalk().isEmpty() || !understanding.topical().isEmpty() || !understanding.aspectCues().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(turn.smalltalk());
    }
}
