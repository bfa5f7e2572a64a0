package vn.dvc.assistant.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.assistant.catalogue.Catalogue;
import vn.dvc.assistant.catalogue.CatalogueLoader;
import vn.dvc.assistant.catalogue.NationalRecords;
import vn.dvc.assistant.knowledge.KnowledgeBase;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;

/** The national catalogue's texts kept between starts fit every question as the index built in memory does. */
@Tag("catalogue")
class KeptNationalCatalogueTest {

    @TempDir
    Path folder;

    @Test
    void theKeptIndexFitsEveryQuestionOfEverySetAsTheInMemoryOne() {
        Path realQuestions = Path.of(System.getProperty("real.questions", "../shared/eval/real-dev.jsonl"));
        assertTrue(Files.isRegularFile(realQuestions), "the real questions are read where they are: " + realQuestions.toAbsolutePath());
        List<String> questions = new ArrayList<>(SameFits.questions());
        questions.addAll(SameFits.questions(List.of(realQuestions)));
        KnowledgeBase guides = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
        Catalogue catalogue = CatalogueLoader.load(NationalRecords.imported());

        GuideIndex inMemory = GuideIndex.build(guides, catalogue);
        GuideIndex first = GuideIndex.build(guides, catalogue, KeptCatalogueTexts.in(folder));
        GuideIndex next = GuideIndex.build(guides, catalogue, KeptCatalogueTexts.in(folder));

        assertFalse(first.texts().catalogueOpened());
        assertTrue(next.texts().catalogueOpened());
        SameFits.assertSame(inMemory, next, questions);
    }
}
