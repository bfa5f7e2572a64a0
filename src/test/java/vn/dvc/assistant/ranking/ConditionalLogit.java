package vn.dvc.assistant.ranking;

import java.util.Arrays;
import java.util.List;

/**
 * A conditional logit, written plainly: each question's candidates and "none of them" compete in one softmax. A
 * candidate's utility is its features times the weights; none's is a bias plus its evidence ({@link NoneEvidence})
 * times theirs. Fitted by Newton's method on the mean weighted log-likelihood of the right candidates (a question with
 * several right candidates, level variants, counts any of them) with a little L2, which converges in a few dozen
 * steps where plain gradient ascent needed thousands and still stopped short.
 */
public final class ConditionalLogit {

    private static final int D = Features.NAMES.size();
    private static final int E = NoneEvidence.NAMES.size();
    private static final int P = D + 1 + E;
    private static final int MAX_STEPS = 100;
    private static final double CONVERGED = 1e-9;
    /** A little L2 keeps weights of features that rarely fire from running off. */
    private static final double L2 = 1e-3;

    /**
     * One question's candidates and which are right: none right means no procedure answers it.
     *
     * @param weight how many questions this one counts for
     */
    public record Group(double[][] x, int[] right, double[] none, double weight) {
    }

    private ConditionalLogit() {
    }

    /** The weights, then none's bias and the weights of its evidence last. */
    public static double[] fit(List<Group> groups) {
        double total = groups.stream().mapToDouble(Group::weight).sum();
        double[] theta = new double[P];
        double objective = objective(groups, theta, total);
        double start = objective;
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] gradient = new double[P];
            double[][] hessian = new double[P][P];
            for (Group g : groups) {
                accumulate(g, theta, g.weight() / total, gradient, hessian);
            }
            for (int i = 0; i < P; i++) {
                gradient[i] -= 2 * L2 * theta[i];
                hessian[i][i] -= 2 * L2;
            }
            double[] direction = solve(hessian, gradient);
            double scale = 1;
            double[] next = theta;
            double nextObjective = objective;
            while (scale > 1e-6) {
                next = new double[P];
                for (int i = 0; i < P; i++) {
                    next[i] = theta[i] - scale * direction[i];
                }
                nextObjective = objective(groups, next, total);
                if (nextObjective >= objective) {
                    break;
                }
                scale /= 2;
            }
            boolean done = nextObjective - objective < CONVERGED;
            if (nextObjective >= objective) {
                theta = next;
                objective = nextObjective;
            }
            if (done) {
                break;
            }
        }
        if (objective == start) {
            // Features that (nearly) duplicate others, as a 0/1 feature's products with the continuous ones did, leave
            // the Hessian so badly conditioned that no step improves: the weights would stay at zero and send every
            // question to none.
            throw new IllegalStateException("Newton's method found no better weights than zero: do some features duplicate others?");
        }
        return theta;
    }

    /** The utilities' inputs of one question: each candidate's features, then none's (bias and evidence). */
    private static double[][] inputs(Group g) {
        int n = g.x().length;
        double[][] phi = new double[n + 1][P];
        for (int c = 0; c < n; c++) {
            System.arraycopy(g.x()[c], 0, phi[c], 0, D);
        }
        phi[n][D] = 1;
        System.arraycopy(g.none(), 0, phi[n], D + 1, E);
        return phi;
    }

    /** Adds one question's gradient and Hessian of log P(right): E_right[φ] - E[φ], and Cov_right(φ) - Cov(φ). */
    private static void accumulate(Group g, double[] theta, double weight, double[] gradient, double[][] hessian) {
        double[][] phi = inputs(g);
        double[] p = probabilities(theta, g);
        double[] t = target(g, p);
        double[] meanP = mean(phi, p);
        double[] meanT = mean(phi, t);
        for (int i = 0; i < P; i++) {
            gradient[i] += weight * (meanT[i] - meanP[i]);
        }
        for (int c = 0; c < phi.length; c++) {
            if (p[c] == 0 && t[c] == 0) {
                continue;
            }
            for (int i = 0; i < P; i++) {
                double di = phi[c][i];
                if (di == 0) {
                    continue;
                }
                for (int j = 0; j < P; j++) {
                    hessian[i][j] += weight * (t[c] - p[c]) * di * phi[c][j];
                }
            }
        }
        for (int i = 0; i < P; i++) {
            for (int j = 0; j < P; j++) {
                hessian[i][j] += weight * (meanP[i] * meanP[j] - meanT[i] * meanT[j]);
            }
        }
    }

    private static double[] mean(double[][] phi, double[] p) {
        double[] m = new double[P];
        for (int c = 0; c < phi.length; c++) {
            for (int i = 0; i < P; i++) {
                m[i] += p[c] * phi[c][i];
            }
        }
        return m;
    }

    /** Solves H x = g by Gaussian elimination with partial pivoting (H is small: one row a weight). */
    private static double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = Arrays.copyOf(h[i], n + 1);
            a[i][n] = g[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int k = col; k <= n; k++) {
                    a[r][k] -= f * a[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /**
     * Where the right answer's probability is: each right candidate's share among the right ones (the derivative of the
     * log of their sum), or all on none when none is right.
     */
    private static double[] target(Group g, double[] p) {
        int n = g.x().length;
        double[] target = new double[n + 1];
        if (g.right().length == 0) {
            target[n] = 1;
            return target;
        }
        double sum = 0;
        for (int c : g.right()) {
            sum += p[c];
        }
        for (int c : g.right()) {
            target[c] = sum == 0 ? 1.0 / g.right().length : p[c] / sum;
        }
        return target;
    }

    /** The candidates' probabilities, then none's last. */
    static double[] probabilities(double[] theta, Group g) {
        double[][] phi = inputs(g);
        double[] u = new double[phi.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < phi.length; c++) {
            double s = 0;
            for (int i = 0; i < P; i++) {
                s += theta[i] * phi[c][i];
            }
            u[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < u.length; c++) {
            u[c] = Math.exp(u[c] - max);
            sum += u[c];
        }
        for (int c = 0; c < u.length; c++) {
            u[c] /= sum;
        }
        return u;
    }

    private static double objective(List<Group> groups, double[] theta, double total) {
        double penalty = 0;
        for (double t : theta) {
            penalty += L2 * t * t;
        }
        return logLikelihood(groups, theta, total) - penalty;
    }

    static double logLikelihood(List<Group> groups, double[] theta) {
        return logLikelihood(groups, theta, groups.stream().mapToDouble(Group::weight).sum());
    }

    private static double logLikelihood(List<Group> groups, double[] theta, double total) {
        double sum = 0;
        for (Group g : groups) {
            double[] p = probabilities(theta, g);
            double right = g.right().length == 0 ? p[p.length - 1] : 0;
            for (int c : g.right()) {
                right += p[c];
            }
            sum += g.weight() * Math.log(Math.max(1e-300, right));
        }
        return sum / total;
    }

    public static Weights weights(double[] theta) {
        return new Weights(Arrays.copyOf(theta, D), theta[D], Arrays.copyOfRange(theta, D + 1, P));
    }
}
