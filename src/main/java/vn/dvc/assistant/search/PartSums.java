package vn.dvc.assistant.search;

import java.util.Arrays;
import java.util.function.ToIntFunction;

import vn.dvc.assistant.search.ProcedureTexts.Part;

/**
 * One thread's BM25 sums over every document of each part, kept from search to search and cleared when the search's
 * {@link TextFits} is closed: arrays over every document made anew were a third of a search's allocation with the
 * catalogue (docs/benchmarks.md).
 */
final class PartSums {

    /** By part ordinal, each document's sum. */
    private final double[][] byPart = new double[Part.values().length][];
    private boolean taken;

    PartSums(ToIntFunction<Part> documents) {
        for (Part part : Part.values()) {
            byPart[part.ordinal()] = new double[documents.applyAsInt(part)];
        }
    }

    /** The sums by part ordinal, all 0, until {@link #clear}; a thread searches once at a time. */
    double[][] take() {
        if (taken) {
            throw new IllegalStateException("a search's text fits are closed before the thread's next search");
        }
        taken = true;
        return byPart;
    }

    void clear() {
        for (double[] sums : byPart) {
            Arrays.fill(sums, 0);
        }
        taken = false;
    }
}
