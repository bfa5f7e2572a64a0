package vn.dvc.assistant.ranking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.search.GuideIndex;

/**
 * Fits the re-ranker (a {@link ConditionalLogit}) over questions derived from the knowledge, the team's own sets, the
 * real questions given, and questions no procedure answers; writes src/main/resources/ranking/weights.properties.
 *
 * <p>usage: RankerFit CATALOGUE [--real SET.jsonl]... (src/tools/fit-ranker.sh)
 */
public final class RankerFit {

    /**
     * A question a person of the team wrote counts as this many derived ones: they are how citizens really ask. With
     * {@link #REAL_QUESTION_WEIGHT}, chosen by the 5-fold cross-validation of 2026-12-06 (docs/ranking.md): team 5 /
     * real 5 against team 10 / real 20, answer-score 0.6: real-dev 58.5 / 62.5 % right, the kept-aside headlines
     * 59.1 / 67.3 % (confident wrong 4.5 / 5.5 %), other ministries' questions not answered 92.0 / 89.3 %.
     */
    public static final double TEAM_QUESTION_WEIGHT = 10;
    /** A real citizen's question counts as this many derived ones. */
    public static final double REAL_QUESTION_WEIGHT = 20;
    /**
     * A question derived from the knowledge counts this much: derived questions are ten times as many as the people's,
     * and at full weight they set how much is left to "none" for questions worded as a name is, not as people ask.
     * Chosen by the 5-fold cross-validation of 2026-12-06 after the vocabulary of that day (docs/ranking.md), at
     * answer-score 0.6, 1 / 0.5 / 0.35 / 0.25: real-dev 67.9 / 70.1 / 71.0 / 71.0 % right with 5.4 / 5.4 / 5.8 / 6.3 %
     * confident wrong, everyday 63.4 / 65.2 / 65.5 / 65.9 %, the team's out-of-scope questions not answered 85.8 /
     * 85.8 / 84.2 / 84.2 %: below a half, wrong answers grow.
     */
    public static final double DERIVED_QUESTION_WEIGHT = 0.5;

    /** The team's own sets whose first turns are fitted on, each turn counted {@link #TEAM_QUESTION_WEIGHT} times. */
    public static final List<Path> TEAM_SETS = List.of(Path.of("src/test/resources/eval/own.jsonl"),
            Path.of("src/test/resources/eval/citizens.jsonl"), Path.of("src/test/resources/ranking/people-questions.jsonl"));
    /** The team's questions no procedure answers, one a line, each counted {@link #TEAM_QUESTION_WEIGHT} times. */
    public static final List<Path> NEGATIVE_SETS = List.of(Path.of("src/test/resources/ranking/no-procedure.txt"),
            Path.of("src/test/resources/ranking/people-no-procedure.txt"));

    /** The questions every fit starts from: the derived ones, the team's sets and its questions no procedure answers. */
    public static List<ConditionalLogit.Group> teamAndDerived(TrainingSet training) {
        List<ConditionalLogit.Group> groups = new ArrayList<>(training.derived(DERIVED_QUESTION_WEIGHT));
        NEGATIVE_SETS.forEach(file -> groups.addAll(training.negatives(file, TEAM_QUESTION_WEIGHT)));
        TEAM_SETS.forEach(set -> groups.addAll(training.firstTurns(set, TEAM_QUESTION_WEIGHT)));
        return groups;
    }

    public static void main(String[] args) throws IOException {
        GuideIndex index = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")), CatalogueLoader.load(Path.of(args[0])));
        TrainingSet training = new TrainingSet(index);
        List<ConditionalLogit.Group> groups = teamAndDerived(training);
        List<String> sources = new ArrayList<>(TEAM_SETS.stream().map(set -> set.getFileName().toString()).toList());
        for (int i = 1; i + 1 < args.length; i += 2) {
            groups.addAll(training.firstTurns(Path.of(args[i + 1]), REAL_QUESTION_WEIGHT));
            sources.add(Path.of(args[i + 1]).getFileName().toString());
        }
        double[] w = ConditionalLogit.fit(groups);
        long negatives = groups.stream().filter(g -> g.right().length == 0).count();
        StringBuilder out = new StringBuilder();
        out.append("# Fitted by src/tools/fit-ranker.sh (RankerFit): a conditional logit over the candidates of ")
                .append(groups.size() - negatives).append(" questions derived from the knowledge base and the catalogue and taken from ")
                .append(String.join(", ", sources)).append("\n# (").append(training.unreachable())
                .append(" more left out: their procedure was not among the candidates) and ").append(negatives)
                .append(" questions no procedure answers. Mean log-likelihood ").append(String.format("%.4f", ConditionalLogit.logLikelihood(groups, w)))
                .append(".\n# Do not edit by hand: refit after adding guides or citizen names (docs/ranking.md).\n");
        int d = Features.NAMES.size();
        for (int i = 0; i < d; i++) {
            out.append(Features.NAMES.get(i)).append('=').append(w[i]).append('\n');
        }
        out.append(Weights.NONE_BIAS).append('=').append(w[d]).append('\n');
        for (int e = 0; e < NoneEvidence.NAMES.size(); e++) {
            out.append(Weights.NONE_PREFIX).append(NoneEvidence.NAMES.get(e)).append('=').append(w[d + 1 + e]).append('\n');
        }
        Files.writeString(Path.of("src/main/resources" + Weights.RESOURCE), out.toString(), StandardCharsets.UTF_8);
        System.out.print(out);
    }
}
