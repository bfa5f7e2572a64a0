package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words, or the word pairs, of every procedure's names, each by an ordinal: the names that hold it, ascending, and
 * its weight, ln(1 + N/df) with df counted in procedures. A search looks each of the question's terms up once and then
 * reads arrays; a name's own terms are ordinals too, so that the candidates' names are fitted by comparing numbers:
 * searching every term's names for each candidate's names was a sixth of a search (docs/benchmarks.md).
 */
final class NameTerms {

    private final Map<String, Integer> ordinals;
    private final int[][] names;
    private final double[] weights;

    private NameTerms(Map<String, Integer> ordinals, int[][] names, double[] weights) {
        this.ordinals = ordinals;
        this.names = names;
        this.weights = weights;
    }

    /**
     * @param termsOfNames each name's terms, each once
     * @param procedureOf  each name's procedure
     * @param procedures   how many procedures there are
     */
    static NameTerms of(List<String[]> termsOfNames, int[] procedureOf, int procedures) {
        Map<String, Integer> ordinals = new HashMap<>();
        List<List<Integer>> names = new ArrayList<>();
        List<BitSet> holders = new ArrayList<>();
        for (int n = 0; n < termsOfNames.size(); n++) {
            for (String term : termsOfNames.get(n)) {
                int ordinal = ordinals.computeIfAbsent(term, t -> {
                    names.add(new ArrayList<>());
                    holders.add(new BitSet());
                    return names.size() - 1;
                });
                names.get(ordinal).add(n);
                holders.get(ordinal).set(procedureOf[n]);
            }
        }
        double total = procedures;
        int[][] postings = new int[names.size()][];
        double[] weights = new double[names.size()];
        for (int t = 0; t < postings.length; t++) {
            postings[t] = names.get(t).stream().mapToInt(Integer::intValue).toArray();
            weights[t] = Math.log(1 + total / holders.get(t).cardinality());
        }
        return new NameTerms(ordinals, postings, weights);
    }

    /** The term's ordinal, -1 when no name holds it. */
    int ordinal(String term) {
        Integer ordinal = ordinals.get(term);
        return ordinal == null ? -1 : ordinal;
    }

    /** The ordinals of a name's terms, in its order. */
    int[] ordinals(String[] terms) {
        int[] out = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            out[i] = ordinals.get(terms[i]);
        }
        return out;
    }

    /** The names that hold the term, ascending. */
    int[] names(int ordinal) {
        return names[ordinal];
    }

    double weight(int ordinal) {
        return weights[ordinal];
    }
}
