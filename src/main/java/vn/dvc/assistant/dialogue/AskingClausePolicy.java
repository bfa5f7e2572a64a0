package vn.dvc.assistant.dialogue;

import java.util.List;
import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;

/**
 * A question told as a story: the story's words weigh against every name, so the whole message may leave its best
 * candidate unsure. The clause that asks, read alone, answers when it is sure of a procedure and the whole message
 * ranks that procedure first too (or among its first asking-clause-agreement): the clause confirms, the story does
 * not point elsewhere.
 */
final class AskingClausePolicy implements Policy {

    @Override
    public Optional<Reply> decide(Turn turn) {
        int agreement = turn.config.askingClauseAgreement();
        if (agreement == 0) {
            return Optional.empty();
        }
        List<Candidate> whole = turn.ranking().candidates();
        return turn.askingClauseRanking().flatMap(r -> r.top())
                .filter(top -> top.score() >= turn.config.askingClauseScore())
                .filter(top -> whole.stream().limit(agreement).anyMatch(c -> sameProcedure(c, top)))
                .map(turn::answer);
    }

    private static boolean sameProcedure(Candidate a, Candidate b) {
        return a.procedureId().equals(b.procedureId()) || a.variants().contains(b.procedureId())
                || b.variants().contains(a.procedureId());
    }
}
