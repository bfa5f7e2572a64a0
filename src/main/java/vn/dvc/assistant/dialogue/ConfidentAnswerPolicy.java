package vn.dvc.assistant.dialogue;

import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;

/**
 * The best candidate is likely enough: answer it. The ranker's probability already weighs the runner-up (the two split
 * what they share) and "none of them", so one threshold decides.
 */
final class ConfidentAnswerPolicy implements Policy {

    @Override
    public Optional<Reply> decide(Turn turn) {
        Optional<Candidate> top = turn.ranking().top();
        return top.filter(c -> c.score() >= turn.config.answerScore()).map(turn::answer);
    }
}
