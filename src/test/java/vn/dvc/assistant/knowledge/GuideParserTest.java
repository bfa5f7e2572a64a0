package vn.dvc.assistant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GuideParserTest {

    static final String HEADER = """
            ---
            id: thu-tuc-mau
            code: 1.000001
            name: Thủ tục mẫu
            level: Cấp xã
            reviewed: 2026-11-23
            aliases:
              - thủ tục thử
            sources:
              - Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn/p/1
            ---
            """;

    static String sections(List<Aspect> aspects) {
        return aspects.stream().map(a -> "## " + a.key() + "\n? hỏi về " + a.key() + "\nNội dung " + a.key() + ".\n")
                .collect(Collectors.joining("\n"));
    }

    static String validGuide() {
        return HEADER + "\n" + sections(Arrays.asList(Aspect.values()));
    }

    @Test
    void readsHeaderSectionsAndExampleQuestions() {
        Guide guide = GuideParser.parse("procedures/thu-tuc-mau.md", validGuide());
        assertEquals("thu-tuc-mau", guide.id());
        assertEquals("1.000001", guide.nationalCode());
        assertEquals(List.of("thủ tục thử"), guide.aliases());
        assertEquals("https://dichvucong.gov.vn/p/1", guide.sources().get(0).url());
        assertEquals("Nội dung fees.", guide.section(Aspect.FEES));
        assertEquals(List.of("hỏi về fees"), guide.examples(Aspect.FEES));
        assertTrue(guide.version().startsWith("2026-11-23#"));
    }

    @Test
    void aMissingSectionNamesTheSectionAndTheFix() {
        String content = HEADER + sections(Arrays.stream(Aspect.values()).filter(a -> a != Aspect.FEES).toList());
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> GuideParser.parse("procedures/thu-tuc-mau.md", content));
        assertTrue(e.getMessage().startsWith("procedures/thu-tuc-mau.md:"), e.getMessage());
        assertTrue(e.getMessage().contains("'fees' is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("## fees"), e.getMessage());
    }

    @Test
    void anUnknownAspectKeyIsRejectedWithItsLine() {
        String content = validGuide().replace("## result", "## ket_qua");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> GuideParser.parse("procedures/thu-tuc-mau.md", content));
        int line = lineOf(content, "## ket_qua");
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains("unknown section 'ket_qua'"), e.getMessage());
        assertTrue(e.getMessage().contains("legal_basis"), e.getMessage());
    }

    @Test
    void malformedMetadataIsRejectedWithItsLine() {
        String content = validGuide().replace("level: Cấp xã", "level Cấp xã");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> GuideParser.parse("procedures/thu-tuc-mau.md", content));
        assertEquals(lineOf(content, "level Cấp xã"), e.line());
        assertTrue(e.getMessage().contains("is not 'field: value'"), e.getMessage());
    }

    @Test
    void anUnknownHeaderFieldIsRejected() {
        String content = validGuide().replace("level: Cấp xã", "cap: Cấp xã");
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> GuideParser.parse("procedures/thu-tuc-mau.md", content));
        assertTrue(e.getMessage().contains("unknown header field 'cap'"), e.getMessage());
    }

    @Test
    void theIdMustMatchTheFileName() {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> GuideParser.parse("procedures/other-name.md", validGuide()));
        assertTrue(e.getMessage().contains("does not match the file name"), e.getMessage());
    }

    @Test
    void badDatesCodesAndSourcesAreRejected() {
        assertRejected(validGuide().replace("reviewed: 2026-11-23", "reviewed: 23/11/2026"), "is not a date");
        assertRejected(validGuide().replace("code: 1.000001", "code: abc"), "national code");
        assertRejected(validGuide().replace("Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn/p/1", "Cổng Dịch vụ công"),
                "is not 'title | https://url'");
        assertRejected(validGuide().replace("## fees\n? hỏi về fees\nNội dung fees.\n", "## fees\n? hỏi về fees\n"),
                "has no text for the citizen");
        assertRejected(validGuide() + "\n## fees\nLần hai.\n", "appears twice");
    }

    private static void assertRejected(String content, String problem) {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> GuideParser.parse("procedures/thu-tuc-mau.md", content));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private static int lineOf(String content, String text) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in content");
    }
}
