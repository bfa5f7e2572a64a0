package vn.dvc.assistant.search;

import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * A procedure's name as its topic words, each with its weight in names and their sum, weighed once when the lexicon
 * is built: the guides' search fits the question to every name of its candidates on every turn, and a lookup and a
 * logarithm for every word of every name were a third of that search (docs/benchmarks.md).
 */
final class WeighedName {

    final Set<String> words;
    /** The words' weights in the set's own order, so that sums over them add up exactly as sums over the set did. */
    private final double[] weights;
    /** The words' numbers among every name's words, in the same order: a question's words are marked by them. */
    private final int[] numbers;
    final double weight;

    WeighedName(Set<String> words, ToDoubleFunction<String> weightOf, ToIntFunction<String> numberOf) {
        this.words = words;
        String[] ordered = words.toArray(String[]::new);
        weights = new double[ordered.length];
        numbers = new int[ordered.length];
        double sum = 0;
        for (int i = 0; i < ordered.length; i++) {
            weights[i] = weightOf.applyAsDouble(ordered[i]);
            numbers[i] = numberOf.applyAsInt(ordered[i]);
            sum += weights[i];
        }
        weight = sum;
    }

    /** Whether one of its words is marked. */
    boolean holdsAny(boolean[] marked) {
        for (int number : numbers) {
            if (marked[number]) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return weights.length;
    }

    double weight(int i) {
        return weights[i];
    }

    int number(int i) {
        return numbers[i];
    }
}
