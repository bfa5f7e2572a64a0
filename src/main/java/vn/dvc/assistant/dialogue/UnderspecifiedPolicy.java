package vn.dvc.assistant.dialogue;

import java.util.List;
import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;

/**
 * The question says only what several procedures' names share: each of them holds all of it, and either the best is not
 * named in full ("hộ kinh doanh") or two are named exactly ("ngừng kinh doanh": tạm ngừng, or chấm dứt?). Whatever the
 * ranking's best, ask which one is meant.
 */
final class UnderspecifiedPolicy implements Policy {

    private static final int CHOICES = 5;

    @Override
    public Optional<Reply> decide(Turn turn) {
        List<Candidate> candidates = turn.ranking().candidates();
        DialogueConfig config = turn.config;
        List<Candidate> holding = candidates.stream().filter(c -> c.features().namePrecision() >= config.underspecifiedPrecision()).toList();
        if (holding.size() < 2 || holding.get(0) != candidates.get(0)) {
            return Optional.empty();
        }
        long fullyNamed = holding.stream().filter(c -> c.features().nameFit() >= config.namedInFull()).count();
        boolean bestPartly = holding.get(0).features().nameRecall() < config.underspecifiedRecall();
        if (!bestPartly && fullyNamed < 2) {
            return Optional.empty();
        }
        return Optional.of(turn.clarify(holding.stream().limit(CHOICES).map(Candidate::procedureId).toList(), candidates.get(0).score()));
    }
}
