package vn.dvc.assistant.dialogue;

import java.util.List;
import java.util.Optional;

import vn.dvc.assistant.ranking.Candidate;

/**
 * The question says only what several procedures' names share: each of them holds all of it, and either the best is not
 * named in full ("hộ kinh doanh" of "thuế hộ kinh doanh") or two are ("ngừng kinh doanh": tạm ngừng, or chấm dứt?). Unless
 * the ranking is sure of its best all the same, ask which one is meant.
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
        long complete = holding.stream().filter(c -> c.features().nameComplete() == 1).count();
        boolean bestPartly = holding.get(0).features().nameComplete() == 0;
        if (holding.get(0).score() >= config.underspecifiedScore() || !bestPartly && complete < 2) {
            return Optional.empty();
        }
        return Optional.of(turn.clarify(holding.stream().limit(CHOICES).map(Candidate::procedureId).toList(), candidates.get(0).score()));
    }
}
