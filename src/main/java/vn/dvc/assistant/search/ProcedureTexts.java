package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.VietnameseAnalyzer.Spelling;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * What every procedure says of itself, field by field, in one Lucene index (BM25 over folded syllables and their
 * pairs): guides and catalogue entries alike, so that how well a question fits a procedure's names, the names citizens
 * give it, what it is about and its text is measured on one scale whichever source describes it.
 */
public final class ProcedureTexts {

    /** The fields, from the surest sign of a procedure to the faintest. */
    public enum Part {
        /** The official name; a guide's other names. */
        NAME,
        /** The names citizens use (vocabulary/citizen-names); a guide's phrasings and example questions. */
        CALLED,
        /** Its field, who files it, what they receive, the levels and offices that carry it out. */
        ABOUT,
        /** Its documents, conditions and steps; a guide's sections. */
        TEXT
    }

    private static final String ID = "id";
    private static final String WORDS = ".1";
    private static final String PAIRS = ".2";
    /** The portal's longest steps and document lists run to tens of pages; their opening says what they are about. */
    private static final int TEXT_CHARACTERS = 3000;
    private static final int CACHED_TERMS = 100_000;

    /**
     * The question's fit with each part of every procedure, by document, and the best fit of each part; and by document,
     * how much of the question's topic the procedure's parts hold at all (its words weighed as in the names' index), and
     * the weight of the weightiest topic word it lacks, against the weightiest of all.
     */
    public record Fits(Map<Part, double[]> byPart, Map<Part, Double> best, String[] ids, double[] topicHeld, double[] rarestMissing) {

        public String id(int doc) {
            return ids[doc];
        }

        public double relative(Part part, int doc) {
            double top = best.get(part);
            return doc < 0 || top == 0 ? 0 : byPart.get(part)[doc] / top;
        }
    }

    private final IndexSearcher searcher;
    private final TermScores terms;
    private final String[] ids;
    private final Map<String, Integer> docById = new HashMap<>();

    private ProcedureTexts(IndexSearcher searcher, String[] ids) {
        this.searcher = searcher;
        this.terms = new TermScores(searcher, CACHED_TERMS);
        this.ids = ids;
        for (int doc = 0; doc < ids.length; doc++) {
            docById.put(ids[doc], doc);
        }
    }

    static ProcedureTexts build(KnowledgeBase knowledgeBase, CatalogueIndex catalogue, DomainText domainText) {
        Map<String, List<String>> citizenNames = new HashMap<>();
        for (Vocabulary.CitizenName name : knowledgeBase.vocabulary().citizenNames()) {
            name.codes().forEach(code -> citizenNames.computeIfAbsent(code, c -> new ArrayList<>()).add(name.phrase()));
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        List<String> ids = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer(domainText)))) {
            for (Guide guide : knowledgeBase.guides()) {
                writer.addDocument(document(guide.id(), guideParts(guide, citizenNames)));
                ids.add(guide.id());
            }
            for (CatalogueEntry entry : catalogue.entries()) {
                writer.addDocument(document(entry.id(), entryParts(entry, citizenNames)));
                ids.add(entry.id());
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new ProcedureTexts(searcher, ids.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    private static Map<Part, String> guideParts(Guide guide, Map<String, List<String>> citizenNames) {
        List<String> called = new ArrayList<>(guide.phrasings());
        guide.code().map(citizenNames::get).ifPresent(called::addAll);
        StringBuilder text = new StringBuilder();
        for (Aspect aspect : Aspect.values()) {
            called.addAll(guide.examples(aspect));
            text.append(guide.section(aspect)).append('\n');
        }
        List<String> names = new ArrayList<>(guide.aliases());
        names.add(0, guide.name());
        Map<Part, String> parts = new EnumMap<>(Part.class);
        parts.put(Part.NAME, String.join("\n", names));
        parts.put(Part.CALLED, String.join("\n", called));
        parts.put(Part.ABOUT, guide.level() + "\n" + (guide.agency() == null ? "" : guide.agency()));
        parts.put(Part.TEXT, cut(text.toString()));
        return parts;
    }

    private static Map<Part, String> entryParts(CatalogueEntry entry, Map<String, List<String>> citizenNames) {
        StringBuilder about = new StringBuilder();
        entry.field().ifPresent(f -> about.append(f).append('\n'));
        entry.who().ifPresent(w -> about.append(w).append('\n'));
        entry.results().forEach(r -> about.append(r.name()).append('\n'));
        entry.levels().forEach(l -> about.append(l).append('\n'));
        entry.agencies().implementing().ifPresent(a -> about.append(a).append('\n'));
        entry.agencies().competent().ifPresent(a -> about.append(a).append('\n'));
        StringBuilder text = new StringBuilder();
        entry.documents().forEach(group -> group.documents().forEach(d -> text.append(d.name()).append('\n')));
        entry.conditions().ifPresent(c -> text.append(c).append('\n'));
        entry.steps().forEach(s -> text.append(s).append('\n'));
        Map<Part, String> parts = new EnumMap<>(Part.class);
        parts.put(Part.NAME, entry.name());
        parts.put(Part.CALLED, String.join("\n", citizenNames.getOrDefault(entry.code(), List.of())));
        parts.put(Part.ABOUT, about.toString());
        parts.put(Part.TEXT, cut(text.toString()));
        return parts;
    }

    private static String cut(String text) {
        return text.length() <= TEXT_CHARACTERS ? text : text.substring(0, TEXT_CHARACTERS);
    }

    private static Document document(String id, Map<Part, String> parts) {
        Document document = new Document();
        document.add(new StoredField(ID, id));
        parts.forEach((part, text) -> {
            document.add(new TextField(part.name() + WORDS, text, Field.Store.NO));
            document.add(new TextField(part.name() + PAIRS, text, Field.Store.NO));
        });
        return document;
    }

    private static Analyzer analyzer(DomainText domainText) {
        Analyzer words = new VietnameseAnalyzer(domainText, Spelling.FOLDED, false);
        Analyzer pairs = new VietnameseAnalyzer(domainText, Spelling.FOLDED, true);
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.endsWith(PAIRS) ? pairs : words;
            }
        };
    }

    /** The document of a procedure, -1 when it is not indexed. */
    public int doc(String procedureId) {
        return docById.getOrDefault(procedureId, -1);
    }

    public String id(int doc) {
        return ids[doc];
    }

    public int documents() {
        return ids.length;
    }

    /**
     * How well the question's topic (its topic words, and the words that may be, with their pairs) fits each part of
     * every procedure: Lucene's BM25 score of the words plus that of the pairs.
     */
    public Fits fits(Understanding understanding, java.util.function.ToDoubleFunction<String> weight) {
        Query query = new Query(understanding);
        Map<Part, double[]> byPart = new EnumMap<>(Part.class);
        Map<Part, Double> best = new EnumMap<>(Part.class);
        double[] held = new double[ids.length];
        double[] rarestMissing = new double[ids.length];
        double total = 0;
        double heaviest = 0;
        for (String word : query.topic) {
            double w = weight.applyAsDouble(word);
            total += w;
            heaviest = Math.max(heaviest, w);
        }
        for (String word : query.topic) {
            double w = weight.applyAsDouble(word);
            boolean[] holds = new boolean[ids.length];
            for (Part part : Part.values()) {
                for (int doc : terms.of(new Term(part.name() + WORDS, word)).docs()) {
                    holds[doc] = true;
                }
            }
            for (int doc = 0; doc < ids.length; doc++) {
                if (holds[doc]) {
                    held[doc] += w / total;
                } else {
                    rarestMissing[doc] = Math.max(rarestMissing[doc], w / heaviest);
                }
            }
        }
        for (Part part : Part.values()) {
            TermSum sum = new TermSum(terms, ids.length);
            query.words.forEach(w -> sum.add(new Term(part.name() + WORDS, w), 1f));
            query.pairs.forEach(p -> sum.add(new Term(part.name() + PAIRS, p), 1f));
            double[] scores = sum.scores();
            double top = 0;
            for (double s : scores) {
                top = Math.max(top, s);
            }
            byPart.put(part, scores);
            best.put(part, top);
        }
        return new Fits(byPart, best, ids, held, rarestMissing);
    }

    /**
     * The share of the question's topic pairs that no procedure's text holds in any part: "phòng khám", "nha khoa",
     * "lớp 10" are about something the assistant does not know, where the words apart may well be known.
     */
    public double foreignPairShare(Understanding understanding) {
        Query query = new Query(understanding);
        if (query.topicPairs.isEmpty()) {
            return 0;
        }
        int foreign = 0;
        for (String pair : query.topicPairs) {
            if (!known(pair)) {
                foreign++;
            }
        }
        return (double) foreign / query.topicPairs.size();
    }

    private boolean known(String pair) {
        try {
            for (Part part : Part.values()) {
                if (searcher.getIndexReader().docFreq(new Term(part.name() + PAIRS, pair)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The question's topic and maybe-topic words, their pairs, and the pairs of topic words alone. */
    private static final class Query {
        final Set<String> topic = new LinkedHashSet<>();
        final Set<String> words = new LinkedHashSet<>();
        final Set<String> pairs = new LinkedHashSet<>();
        final Set<String> topicPairs = new LinkedHashSet<>();

        Query(Understanding understanding) {
            understanding.topical().forEach(s -> topic.add(s.folded()));
            words.addAll(topic);
            understanding.maybeTopical().forEach(s -> words.add(s.folded()));
            List<Syllable> syllables = understanding.syllables();
            for (int i = 0; i + 1 < syllables.size(); i++) {
                String a = syllables.get(i).folded();
                String b = syllables.get(i + 1).folded();
                if (words.contains(a) && words.contains(b)) {
                    pairs.add(a + " " + b);
                    if (topic.contains(a) && topic.contains(b)) {
                        topicPairs.add(a + " " + b);
                    }
                }
            }
        }
    }
}
