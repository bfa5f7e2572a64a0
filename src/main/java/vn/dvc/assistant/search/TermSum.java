package vn.dvc.assistant.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.lucene.search.ScoreDoc;

/**
 * Weighted terms summed per document, as Lucene scores a boolean query of boosted optional term clauses: a document
 * holding any of the terms matches, and scores the sum of its terms' scores times their weights. Built for one
 * search from the scores {@link TermScores} keeps, so a search makes no Lucene query objects at all.
 */
final class TermSum {

    private final double[] scores;

    TermSum(int documents) {
        this(new double[documents]);
    }

    /** Sums into {@code scores}, which hold 0 for every document. */
    TermSum(double[] scores) {
        this.scores = scores;
    }

    /** Adds a term's scores, from {@link TermScores}, times its weight. */
    void add(TermScores.Postings postings, float weight) {
        for (int i = 0; i < postings.docs().length; i++) {
            scores[postings.docs()[i]] += weight * postings.scores()[i];
        }
    }

    /**
     * The best matching documents that {@code admitted} lets through, best first; of equal scores the earlier
     * document first, as Lucene's top-hits collector orders them. Every term score is positive, so a document
     * matches exactly when its sum is.
     */
    List<ScoreDoc> top(int limit, IntPredicate admitted) {
        if (limit <= 0) {
            return List.of();
        }
        List<ScoreDoc> best = new ArrayList<>(limit + 1);
        for (int doc = 0; doc < scores.length; doc++) {
            if (scores[doc] <= 0 || !admitted.test(doc)) {
                continue;
            }
            float score = (float) scores[doc];
            if (best.size() == limit && score <= best.get(limit - 1).score) {
                continue;
            }
            int at = best.size();
            while (at > 0 && best.get(at - 1).score < score) {
                at--;
            }
            best.add(at, new ScoreDoc(doc, score));
            if (best.size() > limit) {
                best.remove(limit);
            }
        }
        return best;
    }
}
