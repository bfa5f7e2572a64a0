package vn.dvc.assistant.search;

import java.util.Arrays;

/**
 * One search's sums of the question's weighted words and pairs, name by name, in arrays kept per thread and cleared
 * after each search. A common word touches a thousand names or more: a map of sums made anew for every search, and a
 * fit object for each procedure touched, were most of the search's time and allocation (docs/benchmarks.md).
 *
 * <p>Of a procedure's names that fit the question equally, the one the former search met first counts (its kind and
 * recall are features of the fitted weights): it kept the sums in a {@code HashMap<Integer, double[]>} filled by
 * {@code computeIfAbsent} and walked it. So the names are visited in that map's order: by bucket (the name's ordinal
 * masked by the table size the map had grown to), and within a bucket the last touched first, since
 * {@code computeIfAbsent} puts a new entry at the head of its bucket. Any other order answers some turns differently
 * (measured on the evaluation sets, docs/benchmarks.md); a rule of its own belongs with the next fit of the weights.
 */
final class NameSums {

    /** HashMap's first table, and the share of it filled before it doubles. */
    private static final int FIRST_TABLE = 16;
    private static final double LOAD_FACTOR = 0.75;

    private final NameIndex index;
    private final double[] required;
    private final double[] requiredPairs;
    private final double[] optional;
    private final double[] optionalPairs;
    private final boolean[] seen;
    /** The names touched, in the order first touched. */
    private final int[] touched;
    private int touchedCount;
    private int table;
    private final int[] bucketStarts;
    private final int[] visitOrder;
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
        visitOrder = new int[names];
        bucketStarts = new int[4 * Integer.highestOneBit(Math.max(FIRST_TABLE, names)) + 1];
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

    /** As the former map's {@code computeIfAbsent}: the table doubles, before the lookup, once it holds too many. */
    private void touch(int name) {
        if (table == 0 || touchedCount > table * LOAD_FACTOR) {
            table = table == 0 ? FIRST_TABLE : table * 2;
        }
        if (!seen[name]) {
            seen[name] = true;
            touched[touchedCount++] = name;
        }
    }

    /** Each procedure's best fit over the names touched, and its best name. */
    NameFits bestByProcedure(NameIndex.Query query) {
        int fitted = 0;
        int visited = visit();
        for (int i = 0; i < visited; i++) {
            int name = visitOrder[i];
            double fit = index.fit(name, query, required[name], requiredPairs[name], optional[name], optionalPairs[name]);
            if (Double.isNaN(fit)) {
                continue;
            }
            int procedure = index.procedureOf(name);
            if (bestFit[procedure] == 0) {
                fitted++;
            }
            if (fit > bestFit[procedure]) {
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

    /** Puts the names touched in the former map's order into {@code visitOrder}; returns how many. */
    private int visit() {
        Arrays.fill(bucketStarts, 0, table + 1, 0);
        for (int i = 0; i < touchedCount; i++) {
            bucketStarts[bucket(touched[i]) + 1]++;
        }
        for (int b = 0; b < table; b++) {
            bucketStarts[b + 1] += bucketStarts[b];
        }
        for (int i = touchedCount - 1; i >= 0; i--) {
            visitOrder[bucketStarts[bucket(touched[i])]++] = touched[i];
        }
        return touchedCount;
    }

    private int bucket(int name) {
        return (name ^ (name >>> 16)) & (table - 1);
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
        table = 0;
    }
}
