package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Term queries over one immutable index, each term looked up in the term dictionary once: a chat turn's queries
 * hold a hundred terms or more, and their lookups were most of its search time. The cache holds at most
 * {@code maxTerms} terms (those seen first; the rest are looked up every time), so unusual words cannot grow it
 * without bound.
 */
final class TermLookups {

    private final IndexSearcher searcher;
    private final int maxTerms;
    private final Map<Term, TermStates> seen = new ConcurrentHashMap<>();

    TermLookups(IndexSearcher searcher, int maxTerms) {
        this.searcher = searcher;
        this.maxTerms = maxTerms;
    }

    TermQuery query(Term term) {
        TermStates states = seen.get(term);
        if (states == null) {
            states = lookUp(term);
            if (seen.size() < maxTerms) {
                seen.putIfAbsent(term, states);
            }
        }
        return new TermQuery(term, states);
    }

    private TermStates lookUp(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
