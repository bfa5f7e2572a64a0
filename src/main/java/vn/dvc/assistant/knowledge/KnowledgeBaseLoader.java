package vn.dvc.assistant.knowledge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and validates a knowledge base (a folder, or a folder with saved changes over it); the first mistake found stops the load with its file and line. */
public final class KnowledgeBaseLoader {

    static final String PROCEDURES = "procedures";
    static final String VOCABULARY = "vocabulary";
    static final String CITIZEN_NAMES = "citizen-names";
    /** Optional: the legal documents replaced or amended, which a guide should not cite alone. */
    static final String SUPERSEDED = "superseded-documents.txt";

    private KnowledgeBaseLoader() {
    }

    public static KnowledgeBase load(Path root) {
        return load(KnowledgeFiles.folder(root));
    }

    /** Reads every guide and vocabulary file through {@code files}, whatever keeps them. */
    public static KnowledgeBase load(KnowledgeFiles files) {
        if (!files.hasFolder(PROCEDURES)) {
            throw new KnowledgeBaseException(files.describe(), 0, "there is no folder '" + PROCEDURES + "' here",
                    "point assistant.knowledge-base.path at the knowledge-base folder, which holds procedures/ and vocabulary/");
        }
        List<Guide> guides = guides(files);
        List<Vocabulary.Rewrite> rewrites = new ArrayList<>();
        rewrites.addAll(VocabularyParser.rewrites(vocabularyName("abbreviations.txt"), read(files, "abbreviations.txt")));
        rewrites.addAll(VocabularyParser.rewrites(vocabularyName("synonyms.txt"), read(files, "synonyms.txt")));
        Vocabulary vocabulary = new Vocabulary(List.copyOf(rewrites),
                VocabularyParser.aspectCues(vocabularyName("aspects.txt"), read(files, "aspects.txt")),
                VocabularyParser.smalltalk(vocabularyName("smalltalk.txt"), read(files, "smalltalk.txt")),
                VocabularyParser.words(vocabularyName("function-words.txt"), read(files, "function-words.txt")),
                VocabularyParser.words(vocabularyName("soft-words.txt"), read(files, "soft-words.txt")),
                citizenNames(files));
        String successions = vocabularyName(SUPERSEDED);
        return new KnowledgeBase(guides, vocabulary,
                VocabularyParser.successions(successions, files.read(successions).orElse("")), Instant.now());
    }

    private static List<Guide> guides(KnowledgeFiles files) {
        List<String> names = files.list(PROCEDURES, ".md");
        if (names.isEmpty()) {
            throw new KnowledgeBaseException(PROCEDURES, 0, "there is no guide", "add at least one file procedures/<id>.md");
        }
        Map<String, String> fileOfCode = new HashMap<>();
        List<Guide> guides = new ArrayList<>();
        for (String name : names) {
            Guide guide = GuideParser.parse(name, files.read(name).orElseThrow());
            for (String code : guide.codes()) {
                String earlier = fileOfCode.putIfAbsent(code, name);
                if (earlier != null) {
                    throw new KnowledgeBaseException(name, 1, "the national code " + code + " is already used by " + earlier,
                            "keep one guide per national procedure, or correct the code");
                }
            }
            guides.add(guide);
        }
        return guides;
    }

    /** Every file of vocabulary/citizen-names/, one per field of procedures; the folder may be absent. */
    private static List<Vocabulary.CitizenName> citizenNames(KnowledgeFiles files) {
        String folder = VOCABULARY + "/" + CITIZEN_NAMES;
        if (!files.hasFolder(folder)) {
            return List.of();
        }
        List<Vocabulary.CitizenName> names = new ArrayList<>();
        for (String name : files.list(folder, ".txt")) {
            names.addAll(VocabularyParser.citizenNames(name, files.read(name).orElseThrow()));
        }
        return List.copyOf(names);
    }

    private static String read(KnowledgeFiles files, String vocabularyFile) {
        return files.read(vocabularyName(vocabularyFile)).orElseThrow(() -> new KnowledgeBaseException(vocabularyName(vocabularyFile), 0,
                "the vocabulary file is missing", "create it (an empty file is allowed)"));
    }

    private static String vocabularyName(String vocabularyFile) {
        return VOCABULARY + "/" + vocabularyFile;
    }
}
