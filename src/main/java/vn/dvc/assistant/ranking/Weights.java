package vn.dvc.assistant.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The re-ranker's fitted weights, read from {@code ranking/weights.properties}: a conditional logit over the
 * candidates of one question and "none of them". A candidate's utility is its features times the weights; none's is a
 * bias plus its evidence times its weights. Each candidate's probability is its share of the exponentiated utilities,
 * so two candidates alike split it, and a question about nothing known leaves it to none. Written by the fitting
 * command (docs/ranking.md), never by hand.
 */
public record Weights(double[] perFeature, double noneBias, double[] perNoneEvidence) {

    public static final String RESOURCE = "/ranking/weights.properties";
    public static final String NONE_BIAS = "none.bias";
    public static final String NONE_PREFIX = "none.";

    public static Weights fitted() {
        Properties properties = new Properties();
        try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no fitted ranker weights at " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Weights(read(properties, Features.NAMES, ""), read(properties, List.of(NONE_BIAS), "")[0],
                read(properties, NoneEvidence.NAMES, NONE_PREFIX));
    }

    private static double[] read(Properties properties, List<String> names, String prefix) {
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            String value = properties.getProperty(prefix + names.get(i));
            if (value == null) {
                throw new IllegalStateException(RESOURCE + " has no weight for " + prefix + names.get(i)
                        + ": the features changed since the fit; refit with src/tools/fit-ranker.sh");
            }
            weights[i] = Double.parseDouble(value);
        }
        return weights;
    }

    public double utility(Features features) {
        return dot(perFeature, features.vector());
    }

    public double noneUtility(NoneEvidence none) {
        return noneBias + dot(perNoneEvidence, none.vector());
    }

    private static double dot(double[] w, double[] x) {
        double u = 0;
        for (int i = 0; i < x.length; i++) {
            u += w[i] * x[i];
        }
        return u;
    }

    /** Each candidate's probability of being the procedure meant, in the order given. */
    public double[] probabilities(List<Features> candidates, NoneEvidence noneEvidence) {
        double none = noneUtility(noneEvidence);
        double max = none;
        double[] u = new double[candidates.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = utility(candidates.get(i));
            max = Math.max(max, u[i]);
        }
        double sum = Math.exp(none - max);
        for (int i = 0; i < u.length; i++) {
            u[i] = Math.exp(u[i] - max);
            sum += u[i];
        }
        for (int i = 0; i < u.length; i++) {
            u[i] /= sum;
        }
        return u;
    }
}
