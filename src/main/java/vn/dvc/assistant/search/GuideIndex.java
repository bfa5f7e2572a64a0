package vn.dvc.assistant.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Guide;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.Vocabulary;
import vn.dvc.assistant.search.SyllableTokens.Spelling;
import vn.dvc.assistant.search.VietnameseText.Syllable;

/**
 * A Lucene index over one knowledge-base snapshot: one document per procedure (to find which procedure is
 * meant) and one per guide section (to find which part of it is asked about). Immutable once built, so a
 * reload builds a new one and swaps it in whole.
 */
public final class GuideIndex {

    /** Per field: syllables folded, folded bigrams, with diacritics, bigrams with diacritics. */
    private static final String FOLDED = ".f";
    private static final String FOLDED_BIGRAMS = ".f2";
    private static final String ACCENTED = ".a";
    private static final String ACCENTED_BIGRAMS = ".a2";

    private static final String ID = "id";
    private static final String ASPECT = "aspect";

    private static final String TITLE = "title";
    private static final String PHRASING = "phrasing";
    private static final String BODY = "body";
    private static final String EXAMPLES = "examples";

    private record Weights(float syllable, float bigram) {
    }

    /** The fields searched, as each spelling's term scores hold them, column by column. */
    private static final List<String> FIELDS = List.of(TITLE, PHRASING, BODY, EXAMPLES);
    private static final List<SearchedField> PROCEDURE_FIELDS = List.of(
            new SearchedField(TITLE, new Weights(3f, 4f)),
            new SearchedField(PHRASING, new Weights(1.5f, 2f)),
            new SearchedField(BODY, new Weights(0.3f, 0.5f)));
    private static final List<SearchedField> SECTION_FIELDS = List.of(new SearchedField(EXAMPLES, new Weights(1f, 1.5f)));

    /** A field searched, by its column in the term scores, found once rather than for every word of every turn. */
    private record SearchedField(int column, Weights weights) {
        SearchedField(String field, Weights weights) {
            this(FIELDS.indexOf(field), weights);
        }
    }
    /** Naming a procedure is the surest sign of it: the name fit counts twice Lucene's score. */
    private static final double NAME_WEIGHT = 2;
    /** Term frequency saturates fast: a guide naming a word ten times is not ten times about it. */
    private static final Similarity SIMILARITY = new BM25Similarity(0.5f, 0.3f);
    /** Matching the diacritics typed adds this share of the folded match's weight. */
    private static final float ACCENT_BONUS = 0.4f;
    /** Far more than the guides' own terms in each spelling: room for the words citizens add. */
    private static final int CACHED_TEXTS = 25_000;

    private final KnowledgeBase knowledgeBase;
    private final QuestionReader reader;
    private final Lexicon lexicon;
    /** By spelling, each text's scores in every field searched. */
    private final TermScores folded;
    private final TermScores accented;
    private final TermScores foldedBigrams;
    private final TermScores accentedBigrams;
    private final StoredKeys stored;
    private final CatalogueIndex catalogue;
    private final NameIndex names;
    private final ProcedureTexts texts;

    private GuideIndex(KnowledgeBase knowledgeBase, QuestionReader reader, Lexicon lexicon, IndexSearcher searcher,
                       CatalogueIndex catalogue, NameIndex names, ProcedureTexts texts) throws IOException {
        this.knowledgeBase = knowledgeBase;
        this.reader = reader;
        this.lexicon = lexicon;
        this.folded = spelling(searcher, FOLDED);
        this.accented = spelling(searcher, ACCENTED);
        this.foldedBigrams = spelling(searcher, FOLDED_BIGRAMS);
        this.accentedBigrams = spelling(searcher, ACCENTED_BIGRAMS);
        this.stored = StoredKeys.read(searcher, ID, ASPECT);
        this.catalogue = catalogue;
        this.names = names;
        this.texts = texts;
    }

    private static TermScores spelling(IndexSearcher searcher, String suffix) {
        return new TermScores(FIELDS.stream().map(field -> new TermScores.Column(searcher, field + suffix)).toList(), CACHED_TEXTS);
    }

    public static GuideIndex build(KnowledgeBase knowledgeBase) {
        return build(knowledgeBase, Catalogue.NONE);
    }

    /** The guides' index, with the catalogue's entries that no guide covers searched apart. */
    public static GuideIndex build(KnowledgeBase knowledgeBase, Catalogue catalogue) {
        return build(knowledgeBase, catalogue, KeptCatalogueTexts.NONE);
    }

    /** The same, with the catalogue's texts opened from {@code kept} when they were indexed there before. */
    static GuideIndex build(KnowledgeBase knowledgeBase, Catalogue catalogue, KeptCatalogueTexts kept) {
        DomainText domainText = new DomainText(knowledgeBase.vocabulary());
        Map<String, List<Syllable>> officialNames = officialNames(catalogue, domainText);
        QuestionReader reader = new QuestionReader(domainText, knowledgeBase.vocabulary(),
                compounds(knowledgeBase, catalogue, officialNames, domainText));
        Lexicon lexicon = new Lexicon();
        ByteBuffersDirectory directory = InMemoryIndex.directory();
        try (IndexWriter writer = new IndexWriter(directory, InMemoryIndex.config().setSimilarity(SIMILARITY))) {
            for (Guide guide : knowledgeBase.guides()) {
                addGuide(writer, guide, domainText, reader, lexicon);
            }
            writer.commit();
            knowVocabulary(lexicon, knowledgeBase.vocabulary(), domainText);
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(SIMILARITY);
            Set<String> coveredCodes = new HashSet<>();
            knowledgeBase.guides().forEach(g -> coveredCodes.addAll(g.codes()));
            CatalogueIndex catalogueIndex = catalogue.entries().isEmpty() ? CatalogueIndex.EMPTY
                    : CatalogueIndex.build(catalogue, coveredCodes);
            knowCatalogue(lexicon, catalogueIndex, officialNames, knowledgeBase, domainText);
            lexicon.weighNames();
            NameIndex names = ProcedureNames.index(knowledgeBase, catalogueIndex, officialNames, domainText, reader);
            ProcedureTexts texts = ProcedureTexts.build(knowledgeBase, catalogueIndex, domainText, kept);
            return new GuideIndex(knowledgeBase, reader, lexicon, searcher, catalogueIndex, names, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    /** The national catalogue's procedures that no guide covers; empty when the catalogue is off. */
    public CatalogueIndex catalogue() {
        return catalogue;
    }

    /** Every procedure's names, guides and catalogue entries alike. */
    public NameIndex names() {
        return names;
    }

    /** Every procedure's parts (names, citizens' names, what it is about, its text), guides and catalogue entries alike. */
    public ProcedureTexts texts() {
        return texts;
    }

    public Understanding read(String question) {
        return reader.read(question, lexicon);
    }

    /** How much of the topic a procedure's recognition words cover, from 0 to 1. */
    public double coverage(String procedureId, Understanding reading) {
        return lexicon.coverage(procedureId, reading);
    }

    /** How many times a procedure's official name says a phrase. */
    public int timesInOfficialName(String procedureId, List<Syllable> phrase) {
        return lexicon.timesInOfficialName(procedureId, phrase);
    }

    /** The share of the question's topic in words from outside the knowledge base, 0 to 1. */
    public double unknownShare(Understanding reading) {
        return lexicon.strangerShare(reading);
    }

    /**
     * The procedures the question names, best first.
     *
     * @param within only these procedures; all when empty
     */
    public List<ProcedureMatch> procedures(Understanding reading, int limit, Collection<String> within) {
        TermSum query = new TermSum(stored.documents());
        if (!addMatching(query, reading.meaningful(), PROCEDURE_FIELDS)) {
            return List.of();
        }
        List<ScoreDoc> hits = query.top(limit * 2,
                doc -> stored.aspect(doc) == null && (within.isEmpty() || within.contains(stored.id(doc))));
        List<ProcedureMatch> matches = new ArrayList<>();
        Lexicon.NameQuestion named = lexicon.nameQuestion(reading);
        for (ScoreDoc hit : hits) {
            String id = stored.id(hit.doc);
            double fit = lexicon.nameFit(id, named);
            double anchor = lexicon.anchor(id, named);
            matches.add(new ProcedureMatch(id, hit.score / hits.get(0).score + NAME_WEIGHT * fit, coverage(id, reading), anchor));
        }
        matches.sort(Comparator.comparingDouble(ProcedureMatch::relevance).reversed());
        return matches.subList(0, Math.min(limit, matches.size()));
    }

    /**
     * How well the question fits each section's example questions, for one procedure. The words naming the
     * procedure are left out: they say which procedure, not which part of it.
     */
    public Map<Aspect, Double> sections(Understanding reading, String procedureId) {
        TermSum query = new TermSum(stored.documents());
        Map<Aspect, Double> scores = new EnumMap<>(Aspect.class);
        List<Syllable> asking = reading.syllables().stream().filter(s -> !lexicon.isName(procedureId, s)).toList();
        if (!addMatching(query, asking, SECTION_FIELDS)) {
            return scores;
        }
        for (ScoreDoc hit : query.top(Aspect.values().length, doc -> stored.aspect(doc) != null && procedureId.equals(stored.id(doc)))) {
            Aspect.fromKey(stored.aspect(hit.doc)).ifPresent(a -> scores.put(a, (double) hit.score));
        }
        return scores;
    }

    private boolean addMatching(TermSum query, List<Syllable> syllables, List<SearchedField> fields) {
        int clauses = 0;
        for (Syllable s : new LinkedHashSet<>(syllables)) {
            TermScores.Postings[] asFolded = folded.of(s.folded());
            TermScores.Postings[] asAccented = s.hasDiacritics() ? accented.of(s.accented()) : null;
            for (SearchedField field : fields) {
                float w = field.weights().syllable();
                query.add(asFolded[field.column()], w);
                if (asAccented != null) {
                    query.add(asAccented[field.column()], w * ACCENT_BONUS);
                }
                clauses++;
            }
        }
        for (int i = 0; i + 1 < syllables.size(); i++) {
            Syllable a = syllables.get(i);
            Syllable b = syllables.get(i + 1);
            TermScores.Postings[] asFolded = foldedBigrams.of(a.folded() + " " + b.folded());
            TermScores.Postings[] asAccented = a.hasDiacritics() || b.hasDiacritics()
                    ? accentedBigrams.of(a.accented() + " " + b.accented()) : null;
            for (SearchedField field : fields) {
                float w = field.weights().bigram();
                query.add(asFolded[field.column()], w);
                if (asAccented != null) {
                    query.add(asAccented[field.column()], w * ACCENT_BONUS);
                }
            }
        }
        return clauses > 0;
    }

    private static void addGuide(IndexWriter writer, Guide guide, DomainText domainText, QuestionReader reader,
                                 Lexicon lexicon) throws IOException {
        List<String> titles = new ArrayList<>(guide.aliases());
        titles.add(0, guide.name());
        List<String> phrasings = new ArrayList<>(guide.phrasings());
        StringBuilder body = new StringBuilder();
        for (Aspect aspect : Aspect.values()) {
            phrasings.addAll(guide.examples(aspect));
            body.append(guide.section(aspect)).append('\n');

            Document section = new Document();
            section.add(new StringField(ID, guide.id(), Field.Store.YES));
            section.add(new StringField(ASPECT, aspect.key(), Field.Store.YES));
            addText(section, EXAMPLES, String.join("\n", guide.examples(aspect)), domainText);
            writer.addDocument(section);
        }
        Document procedure = new Document();
        procedure.add(new StringField(ID, guide.id(), Field.Store.YES));
        addText(procedure, TITLE, String.join("\n", titles), domainText);
        addText(procedure, PHRASING, String.join("\n", phrasings), domainText);
        addText(procedure, BODY, body.toString(), domainText);
        writer.addDocument(procedure);

        for (String text : titles) {
            List<Syllable> run = domainText.read(text);
            lexicon.name(guide.id(), run, reader.topicWords(run), text.equals(guide.name()));
        }
        for (String text : phrasings) {
            List<Syllable> run = domainText.read(text);
            lexicon.recognise(guide.id(), run, reader.topicWords(run));
        }
        lexicon.know(domainText.read(body.toString()));
    }

    private static void addText(Document document, String field, String text, DomainText domainText) {
        List<Syllable> syllables = domainText.read(text);
        document.add(SyllableTokens.field(field + FOLDED, syllables, Spelling.FOLDED, false));
        document.add(SyllableTokens.field(field + FOLDED_BIGRAMS, syllables, Spelling.FOLDED, true));
        document.add(SyllableTokens.field(field + ACCENTED, syllables, Spelling.ACCENTED, false));
        document.add(SyllableTokens.field(field + ACCENTED_BIGRAMS, syllables, Spelling.ACCENTED, true));
    }

    private static void knowVocabulary(Lexicon lexicon, Vocabulary vocabulary, DomainText domainText) {
        vocabulary.aspectCues().forEach(c -> lexicon.know(domainText.read(c.phrase())));
        vocabulary.smalltalk().values().forEach(list -> list.forEach(p -> lexicon.know(domainText.read(p))));
        vocabulary.functionWords().forEach(w -> lexicon.know(domainText.read(w)));
        vocabulary.softWords().forEach(w -> lexicon.know(domainText.read(w)));
    }

    /**
     * The catalogue's official names, read once: the compounds, the lexicon and the names' index each read all of them,
     * a tenth of the start's index build with the catalogue's texts kept (docs/benchmarks.md).
     */
    private static Map<String, List<Syllable>> officialNames(Catalogue catalogue, DomainText domainText) {
        Map<String, List<Syllable>> names = new HashMap<>();
        catalogue.entries().forEach(e -> names.computeIfAbsent(e.name(), domainText::read));
        return names;
    }

    /** The pairs procedures are named with, from every name: the official names, a guide's others, citizens' names. */
    private static Compounds compounds(KnowledgeBase knowledgeBase, Catalogue catalogue,
                                       Map<String, List<Syllable>> officialNames, DomainText domainText) {
        List<List<Syllable>> names = new ArrayList<>();
        catalogue.entries().forEach(e -> names.add(officialNames.get(e.name())));
        for (Guide guide : knowledgeBase.guides()) {
            names.add(domainText.read(guide.name()));
            guide.aliases().forEach(a -> names.add(domainText.read(a)));
        }
        knowledgeBase.vocabulary().citizenNames().forEach(n -> names.add(domainText.read(n.phrase())));
        return Compounds.of(names);
    }

    /**
     * The catalogue's names and the names citizens use for the procedures here are words the assistant understands: unknown, "tàu cá" would be
     * read as a typo of a guide's word and "cá" as a stranger.
     */
    private static void knowCatalogue(Lexicon lexicon, CatalogueIndex catalogue, Map<String, List<Syllable>> officialNames,
                                      KnowledgeBase guides, DomainText domainText) {
        Vocabulary vocabulary = guides.vocabulary();
        catalogue.entries().forEach(e -> {
            List<Syllable> name = officialNames.get(e.name());
            lexicon.know(name);
            lexicon.officialName(e.id(), name);
        });
        vocabulary.citizenNames().stream()
                .filter(n -> n.codes().stream().anyMatch(code -> guides.guideCarrying(code).isPresent() || catalogue.entry(CatalogueEntry.idOf(code)).isPresent()))
                .forEach(n -> lexicon.know(domainText.read(n.phrase())));
    }
}
