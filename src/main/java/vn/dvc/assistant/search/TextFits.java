package vn.dvc.assistant.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

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

    /*
     * The parts a procedure's topic is looked for in, made once: a list made for every candidate, and walked by an
     * iterator, was a twentieth of a search in a profile (docs/benchmarks.md).
     */
    private static final Part[] EVERY_PART = Part.values();
    private static final Part[] NAME_PARTS = {Part.NAME, Part.CALLED};

    private final ProcedureTexts texts;
    private final PartSums threadSums;
    private final Map<Part, double[]> byDocument;
    private final Map<Part, Double> best;
    /** The topic words' weights, in the question's order, and each one's documents, by part. */
    private final double[] topicWeights;
    private final Map<Part, TermScores.Postings[]> topicDocuments;
    private final double totalWeight;
    private final double heaviest;

    TextFits(ProcedureTexts texts, PartSums threadSums, Map<Part, double[]> byDocument, double[] topicWeights,
             Map<Part, TermScores.Postings[]> topicDocuments) {
        this.texts = texts;
        this.threadSums = threadSums;
        this.byDocument = byDocument;
        this.topicWeights = topicWeights;
        this.topicDocuments = topicDocuments;
        this.best = new EnumMap<>(Part.class);
        byDocument.forEach((part, sums) -> best.put(part, Arrays.stream(sums).max().orElse(0)));
        double total = 0;
        double weightiest = 0;
        for (double w : topicWeights) {
            total += w;
            weightiest = Math.max(weightiest, w);
        }
        this.totalWeight = total;
        this.heaviest = weightiest;
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
        double[] sums = byDocument.get(part);
        int[] firstDocument = texts.firstDocuments(part);
        double fit = 0;
        for (int doc = firstDocument[procedure]; doc < firstDocument[procedure + 1]; doc++) {
            fit = Math.max(fit, sums[doc]);
        }
        return fit;
    }

    /** The procedure's fit with one part against the best any procedure has; 0 for a procedure not indexed. */
    public double relative(Part part, int procedure) {
        double top = best.get(part);
        return procedure < 0 || top == 0 ? 0 : fit(part, procedure) / top;
    }

    /** How much of the topic the procedure's parts hold, anywhere. */
    public Held anywhere(int procedure) {
        return held(procedure, EVERY_PART);
    }

    /** How much of the topic the procedure's names and the names citizens give it hold. */
    public Held named(int procedure) {
        return held(procedure, NAME_PARTS);
    }

    private Held held(int procedure, Part[] in) {
        double share = 0;
        double rarestMissing = 0;
        for (int word = 0; word < topicWeights.length; word++) {
            double w = topicWeights[word];
            if (holds(procedure, word, in)) {
                share += w / totalWeight;
            } else {
                rarestMissing = Math.max(rarestMissing, w / heaviest);
            }
        }
        return new Held(share, rarestMissing);
    }

    private boolean holds(int procedure, int word, Part[] in) {
        for (Part part : in) {
            int[] docs = topicDocuments.get(part)[word].docs();
            int[] firstDocument = texts.firstDocuments(part);
            int found = Arrays.binarySearch(docs, firstDocument[procedure]);
            int next = found >= 0 ? found : -found - 1;
            if (next < docs.length && docs[next] < firstDocument[procedure + 1]) {
                return true;
            }
        }
        return false;
    }
}
