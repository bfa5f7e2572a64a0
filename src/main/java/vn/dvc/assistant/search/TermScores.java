package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
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
 * Each text's documents, with the score Lucene gives them (BM25, boost 1), in each of a few columns (a field of an
 * index: a guide's title, phrasings, body, examples; a procedure's names, citizens' names, about, text), worked out the
 * first time the text is asked for. A chat turn asks for a hundred terms or more; run as Lucene term queries, each
 * built its own postings reader, scorer and norms readers, about half a megabyte a turn for the collector to reclaim,
 * which set the chat's latency tail (docs/benchmarks.md). The index never changes, so neither does a term's scoring.
 * The cache holds at most {@code maxTexts} texts (those seen first; the rest are scored by Lucene every time), so
 * unusual words cannot grow it without bound. It is keyed by the text alone, every column's postings under it: a
 * Lucene {@link Term} as the key, hashed over its UTF-8 bytes, was an eighth of a search, and a lookup by field then by
 * text for each column a tenth of a turn, in profiles (docs/benchmarks.md).
 */
final class TermScores {

    /** The documents holding a term, ascending, and each one's score for it. */
    record Postings(int[] docs, float[] scores) {
        static final Postings NONE = new Postings(new int[0], new float[0]);
    }

    /** A field of one index, its terms scored by the index's searcher. */
    record Column(IndexSearcher searcher, String field) {
    }

    private final Column[] columns;
    private final int maxTexts;
    private final Map<String, Postings[]> seen = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();
    /** Shared by every text no column holds, most of those a cache of citizens' words keeps. */
    private final Postings[] nowhere;

    TermScores(List<Column> columns, int maxTexts) {
        this.columns = columns.toArray(Column[]::new);
        this.maxTexts = maxTexts;
        this.nowhere = new Postings[this.columns.length];
        Arrays.fill(nowhere, Postings.NONE);
    }

    /** The text's postings in each column, in the columns' order; shared, so only read. */
    Postings[] of(String text) {
        Postings[] postings = seen.get(text);
        if (postings == null) {
            postings = score(text);
            if (kept.get() < maxTexts && seen.putIfAbsent(text, postings) == null) {
                kept.incrementAndGet();
            }
        }
        return postings;
    }

    private Postings[] score(String text) {
        Postings[] postings = new Postings[columns.length];
        boolean anywhere = false;
        for (int c = 0; c < columns.length; c++) {
            postings[c] = score(columns[c].searcher(), new Term(columns[c].field(), text));
            anywhere |= postings[c] != Postings.NONE;
        }
        return anywhere ? postings : nowhere;
    }

    private static Postings score(IndexSearcher searcher, Term term) {
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
