package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.catalogue.MadeUpCatalogue;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.knowledge.Vocabulary;

/** The catalogue's texts kept in a real folder between builds: the shipped guides and the made-up catalogue. */
class KeptCatalogueTextsTest {

    private static final KnowledgeBase GUIDES = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
    private static final Catalogue CATALOGUE = CatalogueLoader.load(MadeUpCatalogue.imported());
    private static final List<String> QUESTIONS = SameFits.questions();

    @TempDir
    Path folder;

    @Test
    void aSecondBuildOpensWhatTheFirstKeptAndFitsEveryQuestionAsAnIndexBuiltInMemory() throws IOException {
        GuideIndex inMemory = GuideIndex.build(GUIDES, CATALOGUE);
        GuideIndex first = GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));
        GuideIndex second = GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));

        assertFalse(first.texts().catalogueOpened());
        assertTrue(second.texts().catalogueOpened());
        assertEquals(1, kept().size(), kept().toString());
        SameFits.assertSame(inMemory, first, QUESTIONS);
        SameFits.assertSame(inMemory, second, QUESTIONS);
    }

    @Test
    void otherVocabularyOrEntriesAreIndexedAgainBesideTheKeptIndexUntilItIsUnusedForADay() throws IOException {
        GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));
        Path folderVocabulary = kept().get(0);

        Vocabulary vocabulary = GUIDES.vocabulary();
        List<Vocabulary.Rewrite> rewrites = new ArrayList<>(vocabulary.rewrites());
        rewrites.add(new Vocabulary.Rewrite("giấy phép con", "giấy phép"));
        KnowledgeBase otherRewrites = new KnowledgeBase(GUIDES.guides(), new Vocabulary(rewrites, vocabulary.aspectCues(),
                vocabulary.smalltalk(), vocabulary.functionWords(), vocabulary.softWords(), vocabulary.citizenNames()),
                GUIDES.successions(), GUIDES.loadedAt());
        GuideIndex rewritten = GuideIndex.build(otherRewrites, CATALOGUE, KeptCatalogueTexts.in(folder));

        assertFalse(rewritten.texts().catalogueOpened());
        assertEquals(2, kept().size(), "a start with saved vocabulary edits opens both: " + kept());
        SameFits.assertSame(GuideIndex.build(otherRewrites, CATALOGUE), rewritten, QUESTIONS);
        assertTrue(GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder)).texts().catalogueOpened());

        Files.setLastModifiedTime(folderVocabulary, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        Catalogue fewer = new Catalogue(CATALOGUE.entries().subList(1, CATALOGUE.entries().size()), CATALOGUE.source());
        GuideIndex withFewer = GuideIndex.build(otherRewrites, fewer, KeptCatalogueTexts.in(folder));
        assertFalse(withFewer.texts().catalogueOpened());
        SameFits.assertSame(GuideIndex.build(otherRewrites, fewer), withFewer, QUESTIONS);
        assertEquals(2, kept().size(), "the index unused for a day is removed: " + kept());
        assertFalse(Files.exists(folderVocabulary));
    }

    @Test
    void aKeptIndexThatDoesNotReadBackWholeIsIndexedAgainNeverServed() throws IOException {
        GuideIndex inMemory = GuideIndex.build(GUIDES, CATALOGUE);
        GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));
        Path largest = largestFile();
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(largest, bytes);

        GuideIndex afterCorruption = GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));
        assertFalse(afterCorruption.texts().catalogueOpened());
        SameFits.assertSame(inMemory, afterCorruption, QUESTIONS);

        GuideIndex next = GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));
        assertTrue(next.texts().catalogueOpened(), "the index is kept whole again");
        Files.delete(largestFile());
        GuideIndex afterLoss = GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));
        assertFalse(afterLoss.texts().catalogueOpened());
        SameFits.assertSame(inMemory, afterLoss, QUESTIONS);
    }

    @Test
    void buildsStartingAtOnceOnOneFolderLeaveOneWholeIndex() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Future<GuideIndex>> builds = new ArrayList<>();
            for (int replica = 0; replica < 3; replica++) {
                builds.add(replicas.submit(() -> GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder))));
            }
            for (Future<GuideIndex> build : builds) {
                build.get();
            }
        } finally {
            replicas.shutdown();
        }

        assertEquals(1, kept().size(), "one index, no temporary folder left: " + kept());
        GuideIndex next = GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(folder));
        assertTrue(next.texts().catalogueOpened());
        SameFits.assertSame(GuideIndex.build(GUIDES, CATALOGUE), next, QUESTIONS);
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheIndexBuiltInMemory() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("catalogue-index"), "a file where the folder should be");

        GuideIndex index = GuideIndex.build(GUIDES, CATALOGUE, KeptCatalogueTexts.in(notAFolder));

        assertFalse(index.texts().catalogueOpened());
        SameFits.assertSame(GuideIndex.build(GUIDES, CATALOGUE), index, QUESTIONS);
        assertEquals("a file where the folder should be", Files.readString(notAFolder));
    }

    private List<Path> kept() throws IOException {
        try (Stream<Path> kept = Files.list(folder)) {
            return kept.sorted().toList();
        }
    }

    private Path largestFile() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).max(Comparator.comparingLong(KeptCatalogueTextsTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
