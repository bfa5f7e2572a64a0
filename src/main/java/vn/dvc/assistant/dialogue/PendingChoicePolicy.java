package vn.dvc.assistant.dialogue;

import java.util.List;
import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;
import vn.dvc.assistant.ranking.Ranking;

/**
 * The citizen answers a clarifying question: by its number, or by words that fit one choice clearly best. A question
 * that names no procedure but asks about a part of one ("lệ phí bao nhiêu?") goes on as if the choice were made: one
 * procedure offered is taken as confirmed, several are offered again for that part, never replaced by the featured ones.
 */
final class PendingChoicePolicy implements Policy {

    @Override
    public Optional<Reply> decide(Turn turn) {
        List<String> choices = turn.state.pendingChoices();
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        String text = turn.understanding.question().strip();
        if (text.matches("\\d{1,2}")) {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= choices.size() ? Optional.of(turn.answer(choices.get(n - 1), 1)) : Optional.empty();
        }
        // Taken as confirmed, not confirmed: the answer claims only the sureness any answer needs, never more.
        if (turn.understanding.topical().isEmpty() && !turn.understanding.aspectCues().isEmpty()) {
            return Optional.of(choices.size() == 1 ? turn.answer(choices.get(0), turn.config.answerScore()) : turn.clarify(choices, 0));
        }
        Ranking within = turn.rankingWithin(choices);
        Optional<Candidate> best = within.top().filter(c -> c.score() >= turn.config.choiceScore());
        if (best.isEmpty() || within.secondScore() > turn.config.clarifyRatio() * best.get().score()) {
            return Optional.empty();
        }
        return Optional.of(turn.answer(best.get().procedureId(), best.get().score()));
    }
}
