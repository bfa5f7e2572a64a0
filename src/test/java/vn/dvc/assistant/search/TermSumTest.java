package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The summed term scores rank and score documents as Lucene's boolean query of boosted optional terms does. */
class TermSumTest {

    private static final List<String> TEXTS = List.of(
            "dang ky ho kinh doanh",
            "tam ngung kinh doanh ho kinh doanh",
            "cham dut ho kinh doanh",
            "le phi dang ky",
            "kinh doanh kinh doanh kinh doanh thoi han",
            "giay to can thiet");

    private static IndexSearcher index(BM25Similarity similarity) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity))) {
            for (String text : TEXTS) {
                Document document = new Document();
                document.add(new TextField("body", text, Field.Store.NO));
                writer.addDocument(document);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        searcher.setSimilarity(similarity);
        return searcher;
    }

    private static TermScores body(IndexSearcher searcher) {
        return new TermScores(List.of(new TermScores.Column(searcher, "body")), 100);
    }

    @Test
    void scoresAndOrderAreLucenes() throws IOException {
        IndexSearcher searcher = index(new BM25Similarity(0.5f, 0.3f));
        Map<String, Float> weights = Map.of("kinh", 1.5f, "doanh", 0.4f, "dang", 3f, "phi", 2f, "absent", 5f);

        TermScores terms = body(searcher);
        TermSum sum = new TermSum(TEXTS.size());
        BooleanQuery.Builder lucene = new BooleanQuery.Builder();
        weights.forEach((word, weight) -> {
            sum.add(terms.of(word)[0], weight);
            lucene.add(new BoostQuery(new TermQuery(new Term("body", word)), weight), Occur.SHOULD);
        });

        ScoreDoc[] expected = searcher.search(lucene.build(), 4).scoreDocs;
        List<ScoreDoc> got = sum.top(4, doc -> true);
        assertEquals(expected.length, got.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].doc, got.get(i).doc, "hit " + i);
            assertEquals(expected[i].score, got.get(i).score, 1e-5, "hit " + i);
        }
    }

    @Test
    void onlyAdmittedDocumentsThatHoldATermAreHits() throws IOException {
        IndexSearcher searcher = index(new BM25Similarity());
        TermSum sum = new TermSum(TEXTS.size());
        sum.add(body(searcher).of("kinh")[0], 1f);
        List<Integer> hits = sum.top(10, doc -> doc != 1).stream().map(h -> h.doc).sorted().toList();
        assertEquals(List.of(0, 2, 4), hits);
    }
}
