package vn.dvc.assistant.evaluation;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;

/**
 * What plain Lucene gives without this project's work: StandardAnalyzer over the same guide sections, the
 * best hit answers, every turn on its own. Scored beside the assistant so the gain is visible.
 */
final class NaiveBaseline {

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    NaiveBaseline(KnowledgeBase knowledgeBase) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Guide guide : knowledgeBase.guides()) {
                for (Aspect aspect : Aspect.values()) {
                    Document doc = new Document();
                    doc.add(new StringField("procedure", guide.id(), Field.Store.YES));
                    doc.add(new StringField("aspect", aspect.key(), Field.Store.YES));
                    doc.add(new TextField("text", guide.name() + "\n" + String.join("\n", guide.aliases()) + "\n"
                            + aspect.label() + "\n" + guide.section(aspect), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    Map<String, Object> reply(String question) throws IOException {
        Map<String, Object> reply = new HashMap<>();
        reply.put("type", "fallback");
        Query query = new QueryBuilder(analyzer).createBooleanQuery("text", question);
        ScoreDoc[] hits = query == null ? new ScoreDoc[0] : searcher.search(query, 1).scoreDocs;
        if (hits.length > 0) {
            Document best = searcher.storedFields().document(hits[0].doc);
            reply.put("type", "answer");
            reply.put("procedureId", best.get("procedure"));
            reply.put("aspect", best.get("aspect"));
        }
        return reply;
    }
}
