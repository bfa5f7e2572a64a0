package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import vn.dvc.assistant.search.NameIndex.NameFit;

/**
 * How a question fits every procedure by its best name: the fit of each, to rank them and to scale by the best; the
 * best name in full (precision, recall, kind) only for the procedures asked for, the few the ranker proposes.
 */
public final class NameFits {

    static final NameFits NONE = new NameFits(null, null, new int[0], new double[0], new int[0], new boolean[0]);

    private final NameIndex index;
    private final NameIndex.Query query;
    /**
     * The procedures some name fits, ascending, each with its best fit, the name that fits best, and whether the question
     * holds every word of one of its names that fits.
     */
    private final int[] procedures;
    private final double[] fits;
    private final int[] bestNames;
    private final boolean[] complete;

    NameFits(NameIndex index, NameIndex.Query query, int[] procedures, double[] fits, int[] bestNames, boolean[] complete) {
        this.index = index;
        this.query = query;
        this.procedures = procedures;
        this.fits = fits;
        this.bestNames = bestNames;
        this.complete = complete;
    }

    /** The best fit among the procedures admitted, 0 when none fits. */
    public double bestFit(Predicate<String> admitted) {
        double best = 0;
        for (int i = 0; i < procedures.length; i++) {
            if (fits[i] > best && admitted.test(index.procedureId(procedures[i]))) {
                best = fits[i];
            }
        }
        return best;
    }

    /** The ids of the best-fitting procedures admitted, best first; of equal fits the smaller id first. */
    public List<String> best(int limit, Predicate<String> admitted) {
        if (limit <= 0) {
            return List.of();
        }
        int[] top = new int[limit];
        int kept = 0;
        for (int i = 0; i < procedures.length; i++) {
            if (kept == limit && !before(i, top[kept - 1]) || !admitted.test(index.procedureId(procedures[i]))) {
                continue;
            }
            int at = kept < limit ? kept++ : limit - 1;
            while (at > 0 && before(i, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        List<String> best = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            best.add(index.procedureId(procedures[top[i]]));
        }
        return best;
    }

    private boolean before(int a, int b) {
        return fits[a] != fits[b] ? fits[a] > fits[b] : index.procedureId(procedures[a]).compareTo(index.procedureId(procedures[b])) < 0;
    }

    /** One procedure's best name, null when none of its names fits the question. */
    public NameFit of(String procedureId) {
        int at = index == null ? -1 : Arrays.binarySearch(procedures, index.procedure(procedureId));
        return at < 0 ? null : index.nameFit(procedures[at], bestNames[at], complete[at], query);
    }
}
