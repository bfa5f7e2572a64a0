package vn.dvc.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads and validates a knowledge-base folder; the first mistake found stops the load with its file and line. */
public final class KnowledgeBaseLoader {

    static final String PROCEDURES = "procedures";
    static final String VOCABULARY = "vocabulary";
    static final String CITIZEN_NAMES = "citizen-names";

    private KnowledgeBaseLoader() {
    }

    public static KnowledgeBase load(Path root) {
        if (!Files.isDirectory(root.resolve(PROCEDURES))) {
            throw new KnowledgeBaseException(root.toAbsolutePath().toString(), 0, "there is no folder '" + PROCEDURES + "' here",
                    "point assistant.knowledge-base.path at the knowledge-base folder, which holds procedures/ and vocabulary/");
        }
        List<Guide> guides = guides(root);
        List<Vocabulary.Rewrite> rewrites = new ArrayList<>();
        rewrites.addAll(VocabularyParser.rewrites(vocabularyName("abbreviations.txt"), read(root, "abbreviations.txt")));
        rewrites.addAll(VocabularyParser.rewrites(vocabularyName("synonyms.txt"), read(root, "synonyms.txt")));
        Vocabulary vocabulary = new Vocabulary(List.copyOf(rewrites),
                VocabularyParser.aspectCues(vocabularyName("aspects.txt"), read(root, "aspects.txt")),
                VocabularyParser.smalltalk(vocabularyName("smalltalk.txt"), read(root, "smalltalk.txt")),
                VocabularyParser.words(vocabularyName("function-words.txt"), read(root, "function-words.txt")),
                citizenNames(root));
        return new KnowledgeBase(guides, vocabulary, Instant.now());
    }

    private static List<Guide> guides(Path root) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(root.resolve(PROCEDURES))) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new KnowledgeBaseException(PROCEDURES, 0, "there is no guide", "add at least one file procedures/<id>.md");
        }
        Map<String, String> fileOfCode = new HashMap<>();
        List<Guide> guides = new ArrayList<>();
        for (Path path : files) {
            String name = PROCEDURES + "/" + path.getFileName();
            Guide guide = GuideParser.parse(name, readText(path, name));
            String earlier = guide.nationalCode() == null ? null : fileOfCode.putIfAbsent(guide.nationalCode(), name);
            if (earlier != null) {
                throw new KnowledgeBaseException(name, 1, "the national code " + guide.nationalCode() + " is already used by " + earlier,
                        "keep one guide per national procedure, or correct the code");
            }
            guides.add(guide);
        }
        return guides;
    }

    /** Every file of vocabulary/citizen-names/, one per field of procedures; the folder may be absent. */
    private static List<Vocabulary.CitizenName> citizenNames(Path root) {
        Path folder = root.resolve(VOCABULARY).resolve(CITIZEN_NAMES);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Vocabulary.CitizenName> names = new ArrayList<>();
        for (Path file : files) {
            String name = VOCABULARY + "/" + CITIZEN_NAMES + "/" + file.getFileName();
            names.addAll(VocabularyParser.citizenNames(name, readText(file, name)));
        }
        return List.copyOf(names);
    }

    private static String read(Path root, String vocabularyFile) {
        Path path = root.resolve(VOCABULARY).resolve(vocabularyFile);
        if (!Files.isRegularFile(path)) {
            throw new KnowledgeBaseException(vocabularyName(vocabularyFile), 0, "the vocabulary file is missing",
                    "create it (an empty file is allowed)");
        }
        return readText(path, vocabularyName(vocabularyFile));
    }

    private static String readText(Path path, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new KnowledgeBaseException(name, 0, "the file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            throw new KnowledgeBaseException(name, 0, "the file cannot be read (" + e.getMessage() + ")", "check its permissions");
        }
    }

    private static String vocabularyName(String vocabularyFile) {
        return VOCABULARY + "/" + vocabularyFile;
    }
}
