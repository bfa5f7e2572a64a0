package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * The procedure id and aspect of every document of an immutable index, read once: reading a hit's stored fields
 * decompresses its block on every search.
 */
final class StoredKeys {

    private final String[] ids;
    private final String[] aspects;

    private StoredKeys(String[] ids, String[] aspects) {
        this.ids = ids;
        this.aspects = aspects;
    }

    static StoredKeys read(IndexSearcher searcher, String idField, String aspectField) {
        int documents = searcher.getIndexReader().maxDoc();
        String[] ids = new String[documents];
        String[] aspects = new String[documents];
        try {
            StoredFields fields = searcher.storedFields();
            for (int doc = 0; doc < documents; doc++) {
                Document document = fields.document(doc);
                ids[doc] = document.get(idField);
                aspects[doc] = document.get(aspectField);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StoredKeys(ids, aspects);
    }

    int documents() {
        return ids.length;
    }

    String id(int doc) {
        return ids[doc];
    }

    /** Null for a procedure's document, which has no aspect. */
    String aspect(int doc) {
        return aspects[doc];
    }
}
