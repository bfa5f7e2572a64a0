package vn.dvc.assistant.dialogue;

import java.util.List;
import java.util.Optional;

import vn.dvc.assistant.knowledge.Vocabulary.SmalltalkKind;
import vn.dvc.assistant.ranking.Candidate;
import vn.dvc.assistant.ranking.Ranking;

/**
 * The citizen answers a clarifying question: by its number, by words that fit one choice clearly best, or by a yes
 * (the one procedure offered is meant; several are offered again) or a no (none is: say so). A question
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
        if (turn.understanding.smalltalk().contains(SmalltalkKind.NO)) {
            return Optional.of(turn.noneOffered());
        }
        if (turn.understanding.smalltalk().contains(SmalltalkKind.YES)) {
            return Optional.of(choices.size() == 1 ? turn.answer(choices.get(0), 1) : turn.clarify(choices, 0));
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
