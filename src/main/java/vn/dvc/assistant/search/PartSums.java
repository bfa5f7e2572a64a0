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
    /** By procedure, its fit with its names and its fit with citizens' names, as {@link TextFits#named} sums them. */
    private final double[] names;
    private final double[] called;
    private boolean taken;

    PartSums(ToIntFunction<Part> documents, int procedures) {
        for (Part part : Part.values()) {
            byPart[part.ordinal()] = new double[documents.applyAsInt(part)];
        }
        names = new double[procedures];
        called = new double[procedures];
    }

    /** The sums by part ordinal, all 0, until {@link #clear}; a thread searches once at a time. */
    double[][] take() {
        if (taken) {
            throw new IllegalStateException("a search's text fits are closed before the thread's next search");
        }
        taken = true;
        return byPart;
    }

    /** By procedure, 0 for each, to take the best of its documents' sums in the names, until {@link #clear}. */
    double[] names() {
        return names;
    }

    /** By procedure, 0 for each, to take the best of its documents' sums in citizens' names, until {@link #clear}. */
    double[] called() {
        return called;
    }

    void clear() {
        for (double[] sums : byPart) {
            Arrays.fill(sums, 0);
        }
        Arrays.fill(names, 0);
        Arrays.fill(called, 0);
        taken = false;
    }
}
