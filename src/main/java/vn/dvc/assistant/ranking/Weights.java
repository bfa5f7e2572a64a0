package vn.dvc.assistant.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The re-ranker's fitted weights, read from {@code ranking/weights.properties}: a conditional logit over the
 * candidates of one question and "none of them". A candidate's utility is its features times the weights; none's is a
 * bias plus a weight on the share of the question no procedure's name holds. Each candidate's probability is its
 * share of the exponentiated utilities, so two candidates alike split it, and a question about nothing known leaves
 * it to none. Written by the fitting command (docs/ranking.md), never by hand.
 */
public record Weights(double[] perFeature, double noneBias, double noneUnnamed) {

    public static final String RESOURCE = "/ranking/weights.properties";
    public static final String NONE_BIAS = "none.bias";
    public static final String NONE_UNNAMED = "none.unnamedShare";

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
        double[] weights = new double[Features.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Double.parseDouble(properties.getProperty(Features.NAMES.get(i), "0"));
        }
        return new Weights(weights, Double.parseDouble(properties.getProperty(NONE_BIAS, "0")),
                Double.parseDouble(properties.getProperty(NONE_UNNAMED, "0")));
    }

    public double utility(Features features) {
        double[] x = features.vector();
        double u = 0;
        for (int i = 0; i < x.length; i++) {
            u += perFeature[i] * x[i];
        }
        return u;
    }

    public double noneUtility(double unnamedShare) {
        return noneBias + noneUnnamed * unnamedShare;
    }

    /** Each candidate's probability of being the procedure meant, in the order given. */
    public double[] probabilities(List<Features> candidates, double unnamedShare) {
        double none = noneUtility(unnamedShare);
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
