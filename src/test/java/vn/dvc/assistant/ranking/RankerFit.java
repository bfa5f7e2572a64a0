package vn.dvc.assistant.ranking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.search.GuideIndex;
import vn.dvc.assistant.search.Understanding;

/**
 * Fits the re-ranker: a logistic regression, written plainly, of "this candidate is the procedure meant" on the
 * candidates' features, over questions derived from the knowledge (TrainingQuestions) and questions that no
 * procedure answers (every candidate of those is wrong). Writes src/main/resources/ranking/weights.properties.
 *
 * <p>usage: RankerFit CATALOGUE NEGATIVES.txt [TEAM_SET.jsonl...] (src/tools/fit-ranker.sh)
 */
public final class RankerFit {

    private static final int ITERATIONS = 1500;
    /** Questions made about things no procedure is about, beside the team's list. */
    private static final int ELSEWHERE_QUESTIONS = 1500;
    /** A question a person wrote counts as this many derived ones: they are how citizens really ask. */
    private static final int TEAM_QUESTION_WEIGHT = 5;
    private static final double LEARNING_RATE = 1.0;
    /** A little L2 keeps weights of features that rarely fire from running off. */
    private static final double L2 = 1e-4;

    /** The candidates of one question, and which is right: -1 when none is. */
    record Group(double[][] x, int right, double unnamed) {
    }

    public static void main(String[] args) throws IOException {
        Catalogue catalogue = CatalogueLoader.load(Path.of(args[0]));
        GuideIndex index = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")), catalogue);
        UnifiedRanker ranker = new UnifiedRanker(index, Weights.fitted());
        List<TrainingQuestions.Question> questions = new ArrayList<>(new TrainingQuestions().from(index));
        List<String> teamFallbacks = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (int copy = 0; copy < TEAM_QUESTION_WEIGHT; copy++) {
                questions.addAll(TrainingQuestions.firstTurns(Path.of(args[i]), index));
            }
            teamFallbacks.addAll(TrainingQuestions.expectedFallbacks(Path.of(args[i])));
        }
        List<Group> groups = new ArrayList<>();
        int unreachable = 0;
        for (TrainingQuestions.Question q : questions) {
            Understanding u = index.read(q.text());
            Map<String, Features> candidates = ranker.features(u, List.of());
            List<String> ids = List.copyOf(candidates.keySet());
            int right = ids.indexOf(q.procedureId());
            if (right < 0) {
                unreachable++;
                continue;
            }
            groups.add(group(candidates, right, index.names().unnamedShare(u)));
        }
        int negatives = 0;
        List<String> noProcedure = new ArrayList<>(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        noProcedure.addAll(new TrainingQuestions().elsewhere(index, ELSEWHERE_QUESTIONS));
        for (int copy = 0; copy < TEAM_QUESTION_WEIGHT; copy++) {
            noProcedure.addAll(teamFallbacks);
        }
        for (String line : noProcedure) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Understanding u = index.read(line);
            groups.add(group(ranker.features(u, List.of()), -1, index.names().unnamedShare(u)));
            negatives++;
        }
        double[] w = fit(groups);
        StringBuilder out = new StringBuilder();
        out.append("# Fitted by src/tools/fit-ranker.sh (RankerFit): a conditional logit over the candidates of ")
                .append(groups.size() - negatives).append(" questions derived from the knowledge base, the catalogue and the team's own set\n")
                .append("# (").append(unreachable).append(" more left out: their procedure was not among the candidates) and ")
                .append(negatives).append(" questions no procedure answers. Mean log-likelihood ")
                .append(String.format("%.4f", logLikelihood(groups, w))).append(".\n")
                .append("# Do not edit by hand: refit after adding guides or citizen names (docs/ranking.md).\n");
        int d = Features.NAMES.size();
        for (int i = 0; i < d; i++) {
            out.append(Features.NAMES.get(i)).append('=').append(w[i]).append('\n');
        }
        out.append(Weights.NONE_BIAS).append('=').append(w[d]).append('\n');
        out.append(Weights.NONE_UNNAMED).append('=').append(w[d + 1]).append('\n');
        Files.writeString(Path.of("src/main/resources" + Weights.RESOURCE), out.toString(), StandardCharsets.UTF_8);
        System.out.print(out);
    }

    private static Group group(Map<String, Features> candidates, int right, double unnamed) {
        double[][] x = candidates.values().stream().map(Features::vector).toArray(double[][]::new);
        return new Group(x, right, unnamed);
    }

    /** Gradient ascent on the mean log-likelihood; the last two weights are none's bias and its unnamed-share weight. */
    static double[] fit(List<Group> groups) {
        int d = Features.NAMES.size();
        double[] w = new double[d + 2];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d + 2];
            for (Group g : groups) {
                double[] p = probabilities(w, g);
                int n = g.x().length;
                for (int c = 0; c < n; c++) {
                    double indicator = c == g.right() ? 1 : 0;
                    for (int i = 0; i < d; i++) {
                        gradient[i] += (indicator - p[c]) * g.x()[c][i];
                    }
                }
                double noneIndicator = g.right() < 0 ? 1 : 0;
                gradient[d] += noneIndicator - p[n];
                gradient[d + 1] += (noneIndicator - p[n]) * g.unnamed();
            }
            for (int i = 0; i < w.length; i++) {
                w[i] += LEARNING_RATE * (gradient[i] / groups.size() - L2 * w[i]);
            }
        }
        return w;
    }

    /** The candidates' probabilities, then none's last. */
    static double[] probabilities(double[] w, Group g) {
        int d = Features.NAMES.size();
        int n = g.x().length;
        double[] u = new double[n + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += w[i] * g.x()[c][i];
            }
            u[c] = s;
            max = Math.max(max, s);
        }
        u[n] = w[d] + w[d + 1] * g.unnamed();
        max = Math.max(max, u[n]);
        double sum = 0;
        for (int c = 0; c <= n; c++) {
            u[c] = Math.exp(u[c] - max);
            sum += u[c];
        }
        for (int c = 0; c <= n; c++) {
            u[c] /= sum;
        }
        return u;
    }

    private static double logLikelihood(List<Group> groups, double[] w) {
        double sum = 0;
        for (Group g : groups) {
            double[] p = probabilities(w, g);
            sum += Math.log(Math.max(1e-12, g.right() < 0 ? p[p.length - 1] : p[g.right()]));
        }
        return sum / groups.size();
    }
}
