package vn.dvc.assistant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {

    /** The procedure ids fixed by the contract. */
    private static final Set<String> CONTRACT_IDS = Set.of("hkd-dang-ky-thanh-lap", "hkd-thay-doi-noi-dung",
            "hkd-tam-ngung-kinh-doanh", "hkd-cham-dut-hoat-dong", "hkd-cap-lai-giay-chung-nhan", "dn-chuyen-doi-tu-hkd",
            "dvc-tai-khoan-dang-nhap", "dvc-nop-ho-so-truc-tuyen", "dvc-tra-cuu-ho-so", "dvc-thanh-toan-truc-tuyen");

    @Test
    void theShippedKnowledgeBaseLoadsWithEveryContractProcedure() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
        Set<String> ids = kb.guides().stream().map(Guide::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(CONTRACT_IDS), "missing: " + CONTRACT_IDS.stream().filter(id -> !ids.contains(id)).toList());
        assertTrue(kb.vocabulary().rewrites().size() > 20);
        assertTrue(kb.vocabulary().aspectCues().stream().map(Vocabulary.AspectCue::aspect).collect(Collectors.toSet())
                .containsAll(List.of(Aspect.DOCUMENTS, Aspect.FEES, Aspect.WHERE, Aspect.PROCESSING_TIME)));
    }

    @Test
    void everyHouseholdBusinessGuideNamesItsNationalCodeAndAnOfficialSource() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
        for (Guide guide : kb.guides()) {
            if (guide.id().startsWith("hkd-")) {
                assertTrue(guide.code().isPresent(), guide.id());
                assertTrue(guide.sources().stream().anyMatch(s -> s.url().contains(".gov.vn")), guide.id());
            }
        }
    }

    @Test
    void aCopiedGuideKeepingItsIdIsRejected(@TempDir Path root) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        Files.writeString(procedures.resolve("thu-tuc-mau-2.md"), GuideParserTest.validGuide());
        copyVocabulary(root);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertEquals("procedures/thu-tuc-mau-2.md", e.file());
        assertTrue(e.getMessage().contains("does not match the file name"), e.getMessage());
    }

    @Test
    void aNationalCodeUsedTwiceNamesBothFiles(@TempDir Path root) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        Files.writeString(procedures.resolve("thu-tuc-khac.md"),
                GuideParserTest.validGuide().replace("id: thu-tuc-mau", "id: thu-tuc-khac"));
        copyVocabulary(root);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertTrue(e.getMessage().contains("procedures/thu-tuc-khac.md"), e.getMessage());
        assertTrue(e.getMessage().contains("procedures/thu-tuc-mau.md"), e.getMessage());
        assertTrue(e.getMessage().contains("1.000001"), e.getMessage());
    }

    @Test
    void citizensNamesAreReadWithTheirCodesUsualVariantFirst(@TempDir Path root) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        copyVocabulary(root);
        Path names = Files.createDirectories(root.resolve("vocabulary/citizen-names"));
        Files.writeString(names.resolve("ho-tich.txt"), "# civil status\nlấy vợ, cưới chồng => 1.000894, 2.000806\n");
        KnowledgeBase knowledgeBase = KnowledgeBaseLoader.load(root);
        assertEquals(List.of(new Vocabulary.CitizenName("lấy vợ", List.of("1.000894", "2.000806")),
                new Vocabulary.CitizenName("cưới chồng", List.of("1.000894", "2.000806"))), knowledgeBase.vocabulary().citizenNames());
    }

    @Test
    void aCitizensNameWithoutANationalCodeNamesTheFileAndLine(@TempDir Path root) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        copyVocabulary(root);
        Path names = Files.createDirectories(root.resolve("vocabulary/citizen-names"));
        Files.writeString(names.resolve("dat-dai.txt"), "làm sổ đỏ => 1.012753\nsang tên sổ => sang tên\n");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertEquals("vocabulary/citizen-names/dat-dai.txt", e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not a national procedure code"), e.getMessage());
    }

    @Test
    void aBadVocabularyLineNamesTheFileAndLine(@TempDir Path root) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        copyVocabulary(root);
        Files.writeString(root.resolve("vocabulary/aspects.txt"), "fees: lệ phí\nphi tien\n");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertEquals("vocabulary/aspects.txt", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void aMissingFolderSaysWhatToPointAt(@TempDir Path root) {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertTrue(e.getMessage().contains("assistant.knowledge-base.path"), e.getMessage());
    }

    static void copyVocabulary(Path root) throws IOException {
        Path target = Files.createDirectories(root.resolve("vocabulary"));
        try (var files = Files.list(Path.of("knowledge-base/vocabulary"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
