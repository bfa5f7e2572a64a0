package vn.dvc.assistant.ranking;

import java.util.List;
import java.util.Optional;

/** The candidates of one turn, best score first. */
public record Ranking(List<Candidate> candidates) {

    public static final Ranking NONE = new Ranking(List.of());

    public Optional<Candidate> top() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** The score of the runner-up, 0 when there is none. */
    public double secondScore() {
        return candidates.size() > 1 ? candidates.get(1).score() : 0;
    }

    public Optional<Candidate> find(String procedureId) {
        return candidates.stream().filter(c -> c.procedureId().equals(procedureId)).findFirst();
    }
}
