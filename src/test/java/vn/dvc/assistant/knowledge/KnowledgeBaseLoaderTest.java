package vn.dvc.assistant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

    /** The guides about the National Public Service Portal itself (account, online submission...), which no record covers. */
    private static final Set<String> WITHOUT_NATIONAL_PROCEDURE = Set.of("dvc-tai-khoan-dang-nhap", "dvc-nop-ho-so-truc-tuyen",
            "dvc-tra-cuu-ho-so", "dvc-thanh-toan-truc-tuyen");
    /** A document number as guides cite them: 168/2025/NĐ-CP, 59/2020/QH14, 1272/QĐ-BTC. */
    private static final Pattern LEGAL_DOCUMENT = Pattern.compile("\\d+(/\\d{4})?/[\\p{L}\\d]+(-[\\p{L}\\d]+)*");

    @Test
    void everyGuideHasItsCodeAnOfficialSourceALegalBasisAndAReviewDate() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(Path.of("knowledge-base"));
        for (Guide guide : kb.guides()) {
            assertTrue(WITHOUT_NATIONAL_PROCEDURE.contains(guide.id()) || guide.code().isPresent(), guide.id() + " has no national code");
            assertTrue(guide.sources().stream().anyMatch(s -> s.url().startsWith("https://") && s.url().contains(".gov.vn")),
                    guide.id() + " links no official page");
            assertTrue(LEGAL_DOCUMENT.matcher(guide.section(Aspect.LEGAL_BASIS)).find(), guide.id() + " cites no legal document");
            assertTrue(LocalDate.parse(guide.reviewed()).isAfter(LocalDate.of(2025, 7, 1)),
                    guide.id() + " was not reviewed since the 2025 reorganisation");
        }
        assertTrue(kb.guides().stream().filter(g -> !WITHOUT_NATIONAL_PROCEDURE.contains(g.id())).allMatch(g -> g.code().isPresent()));
    }

    @Test
    void theConversionGuideAnswersForTheFreeConversionAdviceNotForAPlainCompanyFounding() {
        Guide conversion = KnowledgeBaseLoader.load(Path.of("knowledge-base")).guide("dn-chuyen-doi-tu-hkd").orElseThrow();
        assertEquals(List.of("2.001999"), conversion.codes());
    }

    @Test
    void aSecondCodeUsedByAnotherGuideIsRefusedToo(@TempDir Path root) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        Files.writeString(procedures.resolve("thu-tuc-khac.md"), GuideParserTest.validGuide()
                .replace("id: thu-tuc-mau", "id: thu-tuc-khac").replace("code: 1.000001", "code: 2.000002, 1.000001"));
        copyVocabulary(root);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertTrue(e.getMessage().contains("1.000001") && e.getMessage().contains("procedures/thu-tuc-khac.md"), e.getMessage());
    }

    @Test
    void supersededDocumentsAreReadAndABadLineNamesItsFix(@TempDir Path root) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        copyVocabulary(root);
        Files.writeString(root.resolve("vocabulary/superseded-documents.txt"), "# tax\n38/2019/QH14 => 108/2025/QH15 | thay thế từ 01/7/2026\n");
        assertEquals(List.of(new Succession("38/2019/QH14", "108/2025/QH15", "thay thế từ 01/7/2026")),
                KnowledgeBaseLoader.load(root).successions());
        Files.writeString(root.resolve("vocabulary/superseded-documents.txt"), "\nLuật cũ => Luật mới\n");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertEquals("vocabulary/superseded-documents.txt", e.file());
        assertTrue(e.getMessage().contains(":2:") && e.getMessage().contains("38/2019/QH14 => 108/2025/QH15"), e.getMessage());
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
        KnowledgeBaseException e = refusedAspects(root, "fees: lệ phí\nphi tien\n");
        assertEquals("vocabulary/aspects.txt", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void aCueGivenTwiceIsRefusedSinceOnlyTheFirstWouldCount(@TempDir Path root) throws IOException {
        KnowledgeBaseException e = refusedAspects(root, "steps: thủ tục gì=1\n# later\noverview: thủ tục gì=3\n");
        assertEquals("vocabulary/aspects.txt", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aMissingFolderSaysWhatToPointAt(@TempDir Path root) {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
        assertTrue(e.getMessage().contains("assistant.knowledge-base.path"), e.getMessage());
    }

    /** Loads a valid guide with the shipped vocabulary but {@code aspects} as aspects.txt, expecting a refusal. */
    private static KnowledgeBaseException refusedAspects(Path root, String aspects) throws IOException {
        Path procedures = Files.createDirectories(root.resolve("procedures"));
        Files.writeString(procedures.resolve("thu-tuc-mau.md"), GuideParserTest.validGuide());
        copyVocabulary(root);
        Files.writeString(root.resolve("vocabulary/aspects.txt"), aspects);
        return assertThrows(KnowledgeBaseException.class, () -> KnowledgeBaseLoader.load(root));
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
