package vn.dvc.assistant.search;

import java.util.Arrays;

import vn.dvc.assistant.search.ProcedureTexts.Part;

/**
 * How a question fits the parts of every procedure ({@link ProcedureTexts}). Each part's BM25 sums are taken over every
 * document, since the best of each part scales every fit; a procedure's own fit, and how much of the question's topic
 * its parts hold, are read only for the procedures asked for: the few the ranker proposes, not the whole catalogue
 * (working out the topic held for every procedure was a sixth of the search, docs/benchmarks.md).
 */
public final class TextFits implements AutoCloseable {

    /** How much of the question's topic weight a procedure holds, and the weightiest topic word it lacks against the weightiest. */
    public record Held(double share, double rarestMissing) {
    }

    /** How much of the topic a procedure holds in any part, and in its names and the names citizens give it. */
    public record TopicHeld(Held anywhere, Held named) {
    }

    /*
     * The parts a procedure's topic is looked for in, made once: a list made for every candidate, and walked by an
     * iterator, was a twentieth of a search in a profile (docs/benchmarks.md).
     */
    private static final Part[] EVERY_PART = Part.values();
    private static final Part[] NAME_PARTS = {Part.NAME, Part.CALLED};
    private static final Part[] OTHER_PARTS = {Part.ABOUT, Part.TEXT};

    /*
     * By part ordinal, as arrays: the ranker reads a procedure's fit with its names for every procedure of the catalogue
     * on every ranking (bestByText), and reaching each part's sums and documents through maps was a tenth of a turn in a
     * profile (docs/benchmarks.md).
     */
    private final ProcedureTexts texts;
    private final PartSums threadSums;
    private final double[][] byDocument;
    private final int[][] firstDocuments;
    private final double[] best;
    /** By procedure, its fit with its names plus its fit with the names citizens give it. */
    private final double[] named;
    /** The topic words' weights, in the question's order, and each one's documents, by part. */
    private final double[] topicWeights;
    private final TermScores.Postings[][] topicDocuments;
    private final double totalWeight;
    private final double heaviest;

    /**
     * @param byDocument     by part ordinal, each document's sum
     * @param topicDocuments by part ordinal, each topic word's documents
     */
    TextFits(ProcedureTexts texts, PartSums threadSums, double[][] byDocument, double[] topicWeights,
             TermScores.Postings[][] topicDocuments) {
        this.texts = texts;
        this.threadSums = threadSums;
        this.byDocument = byDocument;
        this.topicWeights = topicWeights;
        this.topicDocuments = topicDocuments;
        this.firstDocuments = new int[EVERY_PART.length][];
        this.best = new double[EVERY_PART.length];
        for (Part part : EVERY_PART) {
            firstDocuments[part.ordinal()] = texts.firstDocuments(part);
            best[part.ordinal()] = highest(byDocument[part.ordinal()]);
        }
        this.named = threadSums.names();
        bestByProcedure(Part.NAME, named);
        double[] called = bestByProcedure(Part.CALLED, threadSums.called());
        for (int procedure = 0; procedure < named.length; procedure++) {
            named[procedure] += called[procedure];
        }
        double total = 0;
        double weightiest = 0;
        for (double w : topicWeights) {
            total += w;
            weightiest = Math.max(weightiest, w);
        }
        this.totalWeight = total;
        this.heaviest = weightiest;
    }

    /** The highest of the sums, 0 for none: every sum is 0 or positive. */
    private static double highest(double[] sums) {
        double highest = 0;
        for (double sum : sums) {
            highest = Math.max(highest, sum);
        }
        return highest;
    }

    /**
     * Each procedure's fit with one part, its best document's, into {@code best} (all 0), in one pass over the documents:
     * read procedure by procedure for every procedure of the catalogue, as {@link #fit} does, the loop over each one's
     * few documents was a twelfth of a turn in a profile (docs/benchmarks.md).
     */
    private double[] bestByProcedure(Part part, double[] best) {
        double[] sums = byDocument[part.ordinal()];
        int[] procedureOf = texts.procedureOfDocuments(part);
        for (int doc = 0; doc < sums.length; doc++) {
            best[procedureOf[doc]] = Math.max(best[procedureOf[doc]], sums[doc]);
        }
        return best;
    }

    /** Gives the sums back to the thread, cleared: the fits are not read after. */
    @Override
    public void close() {
        threadSums.clear();
    }

    public int procedures() {
        return texts.procedures();
    }

    public String id(int procedure) {
        return texts.id(procedure);
    }

    /** The procedure's fit with one part: its best document's. */
    public double fit(Part part, int procedure) {
        double[] sums = byDocument[part.ordinal()];
        int[] firstDocument = firstDocuments[part.ordinal()];
        double fit = 0;
        for (int doc = firstDocument[procedure]; doc < firstDocument[procedure + 1]; doc++) {
            fit = Math.max(fit, sums[doc]);
        }
        return fit;
    }

    /** The procedure's fit with its names plus its fit with the names citizens give it: {@code fit(NAME) + fit(CALLED)}. */
    public double named(int procedure) {
        return named[procedure];
    }

    /** The procedure's fit with one part against the best any procedure has; 0 for a procedure not indexed. */
    public double relative(Part part, int procedure) {
        double top = best[part.ordinal()];
        return procedure < 0 || top == 0 ? 0 : fit(part, procedure) / top;
    }

    /** How much of the topic the procedure's parts hold, anywhere, and how much its names and citizens' names hold. */
    public TopicHeld held(int procedure) {
        double anywhere = 0;
        double rarestMissingAnywhere = 0;
        double named = 0;
        double rarestMissingNamed = 0;
        for (int word = 0; word < topicWeights.length; word++) {
            double share = topicWeights[word] / totalWeight;
            double rarity = topicWeights[word] / heaviest;
            // The names are looked in first: held there, the word is held anywhere, with no search of the other parts.
            boolean isNamed = holds(procedure, word, NAME_PARTS);
            if (isNamed) {
                named += share;
            } else {
                rarestMissingNamed = Math.max(rarestMissingNamed, rarity);
            }
            if (isNamed || holds(procedure, word, OTHER_PARTS)) {
                anywhere += share;
            } else {
                rarestMissingAnywhere = Math.max(rarestMissingAnywhere, rarity);
            }
        }
        return new TopicHeld(new Held(anywhere, rarestMissingAnywhere), new Held(named, rarestMissingNamed));
    }

    private boolean holds(int procedure, int word, Part[] in) {
        for (Part part : in) {
            int[] docs = topicDocuments[part.ordinal()][word].docs();
            int[] firstDocument = firstDocuments[part.ordinal()];
            int found = Arrays.binarySearch(docs, firstDocument[procedure]);
            int next = found >= 0 ? found : -found - 1;
            if (next < docs.length && docs[next] < firstDocument[procedure + 1]) {
                return true;
            }
        }
        return false;
    }
}
