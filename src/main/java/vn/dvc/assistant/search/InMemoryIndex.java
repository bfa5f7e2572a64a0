package vn.dvc.assistant.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/** How the search's Lucene indexes are written: in memory, once, at start or on a reload. */
final class InMemoryIndex {

    private InMemoryIndex() {
    }

    /**
     * Each index file in one buffer: every query clones its inputs per term looked up, and a file kept in many
     * small buffers (the default) costs a copy of each buffer per clone, most of a chat turn's search time.
     */
    static ByteBuffersDirectory directory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /**
     * Documents come as {@link SyllableTokens} fields, already read, so no analyzer is asked. Segments are never
     * merged, so that documents keep the order they were added in, which the searches count on. No compound file:
     * it is a copy of every file of a segment, which only saves file handles on a disk.
     */
    static IndexWriterConfig config() {
        return new IndexWriterConfig((Analyzer) null)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setUseCompoundFile(false);
    }
}
