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

    /** Where each of a name's four sums sits among its {@link #SUMS}. */
    private static final int REQUIRED = 0;
    private static final int REQUIRED_PAIRS = 1;
    private static final int OPTIONAL = 2;
    private static final int OPTIONAL_PAIRS = 3;
    private static final int SUMS = 4;

    private final NameIndex index;
    /**
     * A name's four sums side by side (required words, required pairs, optional words, optional pairs), so that a name
     * touched costs one cache line: with a search on every worker thread, four arrays each were read from memory.
     */
    private final double[] sums;
    private final boolean[] seen;
    /** How many of the question's words each name holds, required or optional: all of them makes the name complete. */
    private final int[] wordsHeld;
    /** The names touched, in the order first touched. */
    private final int[] touched;
    private int touchedCount;
    /**
     * By procedure: its best name's fit, 0 while no name of it fits (a fit is never 0), that name, and whether a name of
     * it that fits holds every word the name has.
     */
    private final double[] bestFit;
    private final int[] bestName;
    private final boolean[] complete;
    /**
     * The procedures given a best fit, a bit each: they are read in ascending order, and cleared, from these few words,
     * where finding them among every procedure's best fit was an eighth of the names' search in a profile
     * (docs/benchmarks.md).
     */
    private final long[] fitted;

    NameSums(NameIndex index) {
        this.index = index;
        int names = index.nameCount();
        sums = new double[names * SUMS];
        seen = new boolean[names];
        wordsHeld = new int[names];
        touched = new int[names];
        bestFit = new double[index.procedures()];
        bestName = new int[index.procedures()];
        complete = new boolean[index.procedures()];
        fitted = new long[(index.procedures() + Long.SIZE - 1) / Long.SIZE];
    }

    /**
     * Only a required word touches a name: a name no required word reaches never fits ({@link NameIndex#fit}), and the
     * query lists its required words first, so an aspect word or a pair ("giấy tờ", "hồ sơ" touch thousands of names)
     * adds to the names already touched alone. Every pair's names hold its two words, so a required pair's are touched.
     */
    void addWord(int name, boolean isRequired, double weight) {
        if (isRequired) {
            touch(name);
            sums[name * SUMS + REQUIRED] += weight;
            wordsHeld[name]++;
        } else if (seen[name]) {
            sums[name * SUMS + OPTIONAL] += weight;
            wordsHeld[name]++;
        }
    }

    void addPair(int name, boolean isRequired, double weight) {
        if (seen[name]) {
            sums[name * SUMS + (isRequired ? REQUIRED_PAIRS : OPTIONAL_PAIRS)] += weight;
        }
    }

    private void touch(int name) {
        if (!seen[name]) {
            seen[name] = true;
            touched[touchedCount++] = name;
        }
    }

    /**
     * Each procedure's best fit over the names touched, its best name, and whether one of its names that fits is held
     * complete: every name that fits is touched here, so its completeness is known now, not worked out again over all the
     * procedure's names for each candidate (a guide has dozens; that was a tenth of a turn, docs/benchmarks.md).
     */
    NameFits bestByProcedure(NameIndex.Query query) {
        for (int i = 0; i < touchedCount; i++) {
            int name = touched[i];
            int at = name * SUMS;
            double fit = index.fit(name, query, sums[at + REQUIRED], sums[at + REQUIRED_PAIRS], sums[at + OPTIONAL], sums[at + OPTIONAL_PAIRS]);
            if (Double.isNaN(fit)) {
                continue;
            }
            int procedure = index.procedureOf(name);
            fitted[procedure / Long.SIZE] |= 1L << procedure;
            complete[procedure] |= wordsHeld[name] == index.wordCount(name);
            // Of names that fit equally the lowest ordinal, the first indexed, wins; the names come in the order touched.
            if (fit > bestFit[procedure] || fit == bestFit[procedure] && name < bestName[procedure]) {
                bestFit[procedure] = fit;
                bestName[procedure] = name;
            }
        }
        int count = 0;
        for (long bits : fitted) {
            count += Long.bitCount(bits);
        }
        int[] procedures = new int[count];
        double[] fits = new double[count];
        int[] names = new int[count];
        boolean[] completes = new boolean[count];
        int i = 0;
        for (int word = 0; word < fitted.length; word++) {
            for (long bits = fitted[word]; bits != 0; bits &= bits - 1) {
                int procedure = word * Long.SIZE + Long.numberOfTrailingZeros(bits);
                procedures[i] = procedure;
                fits[i] = bestFit[procedure];
                completes[i] = complete[procedure];
                names[i++] = bestName[procedure];
            }
        }
        return new NameFits(index, query, procedures, fits, names, completes);
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int name = touched[i];
            // Four stores, not Arrays.fill: its call and range checks for every name touched were 1.5 % of a turn in a
            // profile.
            sums[name * SUMS + REQUIRED] = 0;
            sums[name * SUMS + REQUIRED_PAIRS] = 0;
            sums[name * SUMS + OPTIONAL] = 0;
            sums[name * SUMS + OPTIONAL_PAIRS] = 0;
            seen[name] = false;
            wordsHeld[name] = 0;
        }
        touchedCount = 0;
        for (int word = 0; word < fitted.length; word++) {
            for (long bits = fitted[word]; bits != 0; bits &= bits - 1) {
                int procedure = word * Long.SIZE + Long.numberOfTrailingZeros(bits);
                bestFit[procedure] = 0;
                complete[procedure] = false;
            }
            fitted[word] = 0;
        }
    }
}
