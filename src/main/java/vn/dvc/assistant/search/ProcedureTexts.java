package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.SyllableTokens.Spelling;
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

    private static final String WORDS = "w";
    private static final String PAIRS = "p";
    /** The portal's longest steps and document lists run to tens of pages; their opening says what they are about. */
    private static final int TEXT_CHARACTERS = 3000;
    private static final int CACHED_TEXTS = 100_000;

    /**
     * One part's index. Names and citizens' names are documents of their own, a procedure's fit being its best one's:
     * a guide's dozen other names in one field would read as one long name, which BM25 discounts for its length.
     */
    private record PartIndex(IndexSearcher searcher, int[] firstDocuments, int[] procedureOfDocuments) {

        PartIndex(IndexSearcher searcher, int[] firstDocuments) {
            this(searcher, firstDocuments, procedureOfDocuments(firstDocuments));
        }

        private static int[] procedureOfDocuments(int[] firstDocuments) {
            int procedures = firstDocuments.length - 1;
            int[] procedureOf = new int[firstDocuments[procedures]];
            for (int procedure = 0; procedure < procedures; procedure++) {
                Arrays.fill(procedureOf, firstDocuments[procedure], firstDocuments[procedure + 1], procedure);
            }
            return procedureOf;
        }
    }

    private final Map<Part, PartIndex> parts;
    /** Each word's, and each pair's, scores in every part, in the parts' order. */
    private final TermScores words;
    private final TermScores pairs;
    private final String[] ids;
    private final Map<String, Integer> procedureById = new HashMap<>();
    private final ThreadLocal<PartSums> sums;
    private final boolean catalogueOpened;

    private ProcedureTexts(Map<Part, PartIndex> parts, String[] ids, boolean catalogueOpened) {
        this.parts = parts;
        this.words = inEveryPart(parts, WORDS);
        this.pairs = inEveryPart(parts, PAIRS);
        this.ids = ids;
        this.catalogueOpened = catalogueOpened;
        this.sums = ThreadLocal.withInitial(() -> new PartSums(part -> parts.get(part).firstDocuments()[ids.length], ids.length));
        for (int procedure = 0; procedure < ids.length; procedure++) {
            procedureById.put(ids[procedure], procedure);
        }
    }

    private static TermScores inEveryPart(Map<Part, PartIndex> parts, String field) {
        return new TermScores(Arrays.stream(Part.values()).map(part -> new TermScores.Column(parts.get(part).searcher(), field)).toList(),
                CACHED_TEXTS);
    }

    /**
     * @param kept where the catalogue's part of each index is kept between starts; its guides' part is always
     *             built, being small and edited at any time
     */
    static ProcedureTexts build(KnowledgeBase knowledgeBase, CatalogueIndex catalogue, DomainText domainText,
                                KeptCatalogueTexts kept) {
        Map<String, List<String>> citizenNames = new HashMap<>();
        for (Vocabulary.CitizenName name : knowledgeBase.vocabulary().citizenNames()) {
            name.codes().forEach(code -> citizenNames.computeIfAbsent(code, c -> new ArrayList<>()).add(name.phrase()));
        }
        List<String> ids = new ArrayList<>();
        List<Function<Part, List<String>>> guideTexts = new ArrayList<>();
        for (Guide guide : knowledgeBase.guides()) {
            ids.add(guide.id());
            guideTexts.add(part -> guidePart(guide, part, citizenNames));
        }
        List<Function<Part, List<String>>> entryTexts = new ArrayList<>();
        for (CatalogueEntry entry : catalogue.entries()) {
            ids.add(entry.id());
            entryTexts.add(part -> entryPart(entry, part, citizenNames));
        }
        CatalogueTexts.Parts entryParts = entryTexts.isEmpty() ? new CatalogueTexts.Parts(Map.of(), false)
                : CatalogueTexts.index(entryTexts, domainText, knowledgeBase.vocabulary().rewrites(), kept);
        Map<Part, PartIndex> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            Indexed guides = index(part, guideTexts, domainText);
            parts.put(part, joined(guides, entryParts.indexes().get(part)));
        }
        return new ProcedureTexts(parts, ids.toArray(String[]::new), entryParts.opened());
    }

    /**
     * One part's documents, in the order of their procedures.
     *
     * @param firstDocuments by procedure, its first document; the last entry is the number of documents
     */
    record Indexed(DirectoryReader reader, int[] firstDocuments) {
    }

    /**
     * A part's texts are put together one procedure at a time, as they are indexed: the catalogue's texts of all
     * four parts, held at once, were 12 MB more at the peak of the start's heap, enough for a full collection to grow
     * the heap from 102 to 171 MB, which it then kept (docs/benchmarks.md).
     */
    static Indexed index(Part part, List<Function<Part, List<String>>> texts, DomainText domainText) {
        Directory directory = InMemoryIndex.directory();
        int[] firstDocuments = new int[texts.size() + 1];
        int documents = 0;
        try (IndexWriter writer = new IndexWriter(directory, InMemoryIndex.config())) {
            for (int procedure = 0; procedure < texts.size(); procedure++) {
                firstDocuments[procedure] = documents;
                for (String text : texts.get(procedure).apply(part)) {
                    List<Syllable> syllables = domainText.read(text);
                    Document document = new Document();
                    document.add(SyllableTokens.field(WORDS, syllables, Spelling.FOLDED, false));
                    document.add(SyllableTokens.field(PAIRS, syllables, Spelling.FOLDED, true));
                    writer.addDocument(document);
                    documents++;
                }
            }
            firstDocuments[texts.size()] = documents;
            writer.commit();
            return new Indexed(DirectoryReader.open(directory), firstDocuments);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    /**
     * The guides' documents, then the catalogue's, searched as one index: Lucene sums the statistics BM25 weighs a term
     * by (how many documents hold it, their lengths) over both, so every score is the one a single index gives.
     */
    private static PartIndex joined(Indexed guides, Indexed entries) {
        IndexReader reader = guides.reader();
        int[] firstDocuments = guides.firstDocuments();
        if (entries != null) {
            int guideDocuments = firstDocuments[firstDocuments.length - 1];
            int guideCount = firstDocuments.length - 1;
            int[] joined = Arrays.copyOf(firstDocuments, guideCount + entries.firstDocuments().length);
            for (int i = 0; i < entries.firstDocuments().length; i++) {
                joined[guideCount + i] = guideDocuments + entries.firstDocuments()[i];
            }
            firstDocuments = joined;
            try {
                reader = new MultiReader(new IndexReader[] {guides.reader(), entries.reader()}, false);
            } catch (IOException e) {
                throw new UncheckedIOException("joining two open indexes reads nothing", e);
            }
        }
        return new PartIndex(new IndexSearcher(reader), firstDocuments);
    }

    private static List<String> guidePart(Guide guide, Part part, Map<String, List<String>> citizenNames) {
        return switch (part) {
            case NAME -> {
                List<String> names = new ArrayList<>(guide.aliases());
                names.add(0, guide.name());
                yield names;
            }
            case CALLED -> {
                List<String> called = new ArrayList<>(guide.phrasings());
                guide.codes().forEach(code -> called.addAll(citizenNames.getOrDefault(code, List.of())));
                for (Aspect aspect : Aspect.values()) {
                    called.addAll(guide.examples(aspect));
                }
                yield called;
            }
            case ABOUT -> List.of(guide.level() + "\n" + (guide.agency() == null ? "" : guide.agency()));
            case TEXT -> {
                StringBuilder text = new StringBuilder();
                for (Aspect aspect : Aspect.values()) {
                    text.append(guide.section(aspect)).append('\n');
                }
                yield List.of(cut(text.toString()));
            }
        };
    }

    private static List<String> entryPart(CatalogueEntry entry, Part part, Map<String, List<String>> citizenNames) {
        return switch (part) {
            case NAME -> List.of(entry.name());
            case CALLED -> citizenNames.getOrDefault(entry.code(), List.of());
            case ABOUT -> {
                StringBuilder about = new StringBuilder();
                entry.field().ifPresent(f -> about.append(f).append('\n'));
                entry.who().ifPresent(w -> about.append(w).append('\n'));
                entry.results().forEach(r -> about.append(r.name()).append('\n'));
                entry.levels().forEach(l -> about.append(l).append('\n'));
                entry.agencies().implementing().ifPresent(a -> about.append(a).append('\n'));
                entry.agencies().competent().ifPresent(a -> about.append(a).append('\n'));
                yield List.of(about.toString());
            }
            case TEXT -> {
                StringBuilder text = new StringBuilder();
                entry.documents().forEach(group -> group.documents().forEach(d -> text.append(d.name()).append('\n')));
                entry.conditions().ifPresent(c -> text.append(c).append('\n'));
                entry.steps().forEach(s -> text.append(s).append('\n'));
                yield List.of(cut(text.toString()));
            }
        };
    }

    private static String cut(String text) {
        return text.length() <= TEXT_CHARACTERS ? text : text.substring(0, TEXT_CHARACTERS);
    }

    /** Whether the catalogue's texts were opened where an earlier start kept their index, rather than indexed. */
    boolean catalogueOpened() {
        return catalogueOpened;
    }

    /** The ordinal of a procedure, -1 when it is not indexed. */
    public int procedure(String procedureId) {
        return procedureById.getOrDefault(procedureId, -1);
    }

    int procedures() {
        return ids.length;
    }

    String id(int procedure) {
        return ids[procedure];
    }

    /** By procedure, the first of its documents in one part's index; the last entry is the number of documents. */
    int[] firstDocuments(Part part) {
        return parts.get(part).firstDocuments();
    }

    /** By document of one part's index, its procedure. */
    int[] procedureOfDocuments(Part part) {
        return parts.get(part).procedureOfDocuments();
    }

    /**
     * How well the question's topic (its topic words, and the words that may be, with their pairs) fits each part of
     * every procedure: Lucene's BM25 score of the words plus that of the pairs. The fits are closed once read, since
     * their sums are the thread's own for its next search.
     */
    public TextFits fits(Understanding understanding, ToDoubleFunction<String> weight) {
        Query query = new Query(understanding);
        PartSums threadSums = sums.get();
        double[][] byDocument = threadSums.take();
        try {
            TermSum[] byPart = new TermSum[Part.values().length];
            for (Part part : Part.values()) {
                byPart[part.ordinal()] = new TermSum(byDocument[part.ordinal()]);
            }
            // Each text is looked up once for every part; each part's sums take the words, then the pairs, in order.
            query.words.forEach(w -> addInEveryPart(byPart, words.of(w)));
            query.pairs.forEach(p -> addInEveryPart(byPart, pairs.of(p)));
            TermScores.Postings[][] topicDocuments = new TermScores.Postings[Part.values().length][query.topic.size()];
            int t = 0;
            for (String w : query.topic) {
                TermScores.Postings[] inParts = words.of(w);
                for (Part part : Part.values()) {
                    topicDocuments[part.ordinal()][t] = inParts[part.ordinal()];
                }
                t++;
            }
            return new TextFits(this, threadSums, byDocument, query.topic.stream().mapToDouble(weight).toArray(), topicDocuments);
        } catch (RuntimeException e) {
            // No fits to close: the thread's sums are given back here, or its every later search would fail.
            threadSums.clear();
            throw e;
        }
    }

    private static void addInEveryPart(TermSum[] byPart, TermScores.Postings[] inParts) {
        for (int part = 0; part < byPart.length; part++) {
            byPart[part].add(inParts[part], 1f);
        }
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

    /** Read from the kept term scores, not Lucene's term dictionary: a seek per pair and part was 4 % of a search. */
    private boolean known(String pair) {
        for (TermScores.Postings inPart : pairs.of(pair)) {
            if (inPart.docs().length > 0) {
                return true;
            }
        }
        return false;
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
