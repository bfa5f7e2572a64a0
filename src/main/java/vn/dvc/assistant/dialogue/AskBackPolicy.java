package vn.dvc.assistant.dialogue;

import java.util.List;
import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;
import vn.dvc.assistant.ranking.Ranking;

/**
 * The question is about a procedure, not surely which: ask back, offering the candidates close to the best (only one
 * when one alone is close: the citizen confirms it). One in
 * the conversation's focus among them wins instead. A question naming no topic at all is offered the featured ones.
 */
final class AskBackPolicy implements Policy {

    private static final int CHOICES = 5;

    @Override
    public Optional<Reply> decide(Turn turn) {
        Ranking ranking = turn.ranking();
        Optional<Candidate> top = ranking.top();
        if (top.isEmpty() || top.get().score() < turn.config.clarifyScore()) {
            return turn.understanding.topical().isEmpty() && turn.understanding.smalltalk().isEmpty()
                    ? Optional.of(turn.clarify(turn.config.featured(), 0)) : Optional.empty();
        }
        double best = top.get().score();
        List<String> close = ranking.candidates().stream()
                .filter(c -> c.score() >= turn.config.clarifyRatio() * best)
                .limit(CHOICES).map(Candidate::procedureId).toList();
        Optional<String> focus = turn.focus().filter(close::contains);
        if (focus.isPresent()) {
            return Optional.of(turn.answer(focus.get(), best));
        }
        return Optional.of(turn.clarify(close, best));
    }
}
