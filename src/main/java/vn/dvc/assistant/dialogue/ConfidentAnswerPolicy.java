package vn.dvc.assistant.dialogue;

import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;
import vn.dvc.assistant.ranking.Ranking;

/** The best candidate is likely and clearly ahead of the next, or far ahead of every other: answer it. */
final class ConfidentAnswerPolicy implements Policy {

    @Override
    public Optional<Reply> decide(Turn turn) {
        Ranking ranking = turn.ranking();
        Optional<Candidate> top = ranking.top();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        double best = top.get().score();
        double second = ranking.secondScore();
        boolean likely = best >= turn.config.answerScore() && best - second >= turn.config.answerMargin();
        boolean farAhead = best >= turn.config.clarifyScore() && best >= turn.config.answerLead() * second;
        if (!likely && !farAhead) {
            return Optional.empty();
        }
        return Optional.of(turn.answer(top.get()));
    }
}
