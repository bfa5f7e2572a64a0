package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Each term's documents with the score Lucene gives them (BM25, boost 1), worked out the first time the term is
 * asked for. A chat turn asks for a hundred terms or more; run as Lucene term queries, each built its own postings
 * reader, scorer and norms readers, about half a megabyte a turn for the collector to reclaim, which set the chat's
 * latency tail (docs/benchmarks.md). The index never changes, so neither does a term's scoring. The cache holds at
 * most {@code maxTerms} terms (those seen first; the rest are scored by Lucene every time), so unusual words cannot
 * grow it without bound. It is keyed by field, then by text: a Lucene {@link Term} as the key, made and hashed over its
 * UTF-8 bytes for every lookup, was an eighth of a search in a profile (docs/benchmarks.md).
 */
final class TermScores {

    /** The documents holding a term, ascending, and each one's score for it. */
    record Postings(int[] docs, float[] scores) {
        static final Postings NONE = new Postings(new int[0], new float[0]);
    }

    private final IndexSearcher searcher;
    private final int maxTerms;
    private final Map<String, Map<String, Postings>> seen = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    TermScores(IndexSearcher searcher, int maxTerms) {
        this.searcher = searcher;
        this.maxTerms = maxTerms;
    }

    Postings of(String field, String text) {
        Map<String, Postings> byText = seen.get(field);
        Postings postings = byText == null ? null : byText.get(text);
        if (postings == null) {
            postings = score(new Term(field, text));
            if (kept.get() < maxTerms
                    && seen.computeIfAbsent(field, f -> new ConcurrentHashMap<>()).putIfAbsent(text, postings) == null) {
                kept.incrementAndGet();
            }
        }
        return postings;
    }

    private Postings score(Term term) {
        try {
            Weight weight = searcher.createWeight(new TermQuery(term), ScoreMode.COMPLETE, 1f);
            int[] docs = new int[0];
            float[] scores = new float[0];
            int count = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator iterator = scorer.iterator();
                for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                    if (count == docs.length) {
                        docs = Arrays.copyOf(docs, Math.max(4, count * 2));
                        scores = Arrays.copyOf(scores, docs.length);
                    }
                    docs[count] = leaf.docBase + doc;
                    scores[count] = scorer.score();
                    count++;
                }
            }
            return count == 0 ? Postings.NONE : new Postings(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
