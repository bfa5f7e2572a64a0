package vn.dvc.assistant.search;

/**
 * One search's sums of the question's weighted words and pairs, name by name, in arrays kept per thread and cleared
 * after each search. A common word touches a thousand names or more: a map of sums made anew for every search, and a
 * fit object for each procedure touched, were most of the search's time and allocation (docs/benchmarks.md).
 *
 * <p>Of a procedure's names that fit the question equally, the first indexed counts: the official name before its head,
 * a guide's name before its other names, and those before the names citizens use (ProcedureNames adds them in that
 * order). Its kind and recall are features of the fitted weights, refitted with this rule (docs/ranking.md).
 */
final class NameSums {

    private final NameIndex index;
    private final double[] required;
    private final double[] requiredPairs;
    private final double[] optional;
    private final double[] optionalPairs;
    private final boolean[] seen;
    /** The names touched, in the order first touched. */
    private final int[] touched;
    private int touchedCount;
    /** By procedure: its best name's fit, 0 while no name of it fits (a fit is never 0), and that name. */
    private final double[] bestFit;
    private final int[] bestName;

    NameSums(NameIndex index) {
        this.index = index;
        int names = index.nameCount();
        required = new double[names];
        requiredPairs = new double[names];
        optional = new double[names];
        optionalPairs = new double[names];
        seen = new boolean[names];
        touched = new int[names];
        bestFit = new double[index.procedures()];
        bestName = new int[index.procedures()];
    }

    void addWord(int name, boolean isRequired, double weight) {
        add(name, isRequired ? required : optional, weight);
    }

    void addPair(int name, boolean isRequired, double weight) {
        add(name, isRequired ? requiredPairs : optionalPairs, weight);
    }

    private void add(int name, double[] sums, double weight) {
        touch(name);
        sums[name] += weight;
    }

    private void touch(int name) {
        if (!seen[name]) {
            seen[name] = true;
            touched[touchedCount++] = name;
        }
    }

    /** Each procedure's best fit over the names touched, and its best name. */
    NameFits bestByProcedure(NameIndex.Query query) {
        int fitted = 0;
        for (int i = 0; i < touchedCount; i++) {
            int name = touched[i];
            double fit = index.fit(name, query, required[name], requiredPairs[name], optional[name], optionalPairs[name]);
            if (Double.isNaN(fit)) {
                continue;
            }
            int procedure = index.procedureOf(name);
            if (bestFit[procedure] == 0) {
                fitted++;
            }
            // Of names that fit equally the lowest ordinal, the first indexed, wins; the names come in the order touched.
            if (fit > bestFit[procedure] || fit == bestFit[procedure] && name < bestName[procedure]) {
                bestFit[procedure] = fit;
                bestName[procedure] = name;
            }
        }
        int[] procedures = new int[fitted];
        double[] fits = new double[fitted];
        int[] names = new int[fitted];
        for (int procedure = 0, i = 0; i < fitted; procedure++) {
            if (bestFit[procedure] != 0) {
                procedures[i] = procedure;
                fits[i] = bestFit[procedure];
                names[i++] = bestName[procedure];
            }
        }
        return new NameFits(index, query, procedures, fits, names);
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int name = touched[i];
            required[name] = 0;
            requiredPairs[name] = 0;
            optional[name] = 0;
            optionalPairs[name] = 0;
            seen[name] = false;
            bestFit[index.procedureOf(name)] = 0;
        }
        touchedCount = 0;
    }
}
