package vn.dvc.assistant.dialogue;

import java.util.Optional;

/** Nothing the assistant knows fits: say so, and where to get help. Smalltalk beside an unknown topic is still answered. */
final class FallbackPolicy implements Policy {

    @Override
    public Optional<Reply> decide(Turn turn) {
        return Optional.of(turn.understanding.smalltalk().isEmpty() ? turn.fallback() : turn.smalltalk());
    }
}
