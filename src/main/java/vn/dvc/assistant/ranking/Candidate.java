package vn.dvc.assistant.ranking;

import java.util.List;

/**
 * One procedure the question may be about, guide or catalogue entry, with the features it was scored on.
 *
 * @param score    the fitted probability that this is the procedure meant, 0 to 1, its variants' included
 * @param variants variants of it the question does not ask for (the same name at another level, or more specific: a foreign element...),
 *                 whose probability it carries: the citizen is offered them beside the answer
 */
public record Candidate(String procedureId, boolean guide, Features features, double score, List<String> variants) {

    Candidate withVariants(List<String> more, double moreScore) {
        List<String> all = new java.util.ArrayList<>(variants);
        all.addAll(more);
        return new Candidate(procedureId, guide, features, score + moreScore, List.copyOf(all));
    }

    Candidate withScore(double another) {
        return new Candidate(procedureId, guide, features, another, variants);
    }
}
