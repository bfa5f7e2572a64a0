package vn.dvc.assistant.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A guide's statement that holds until or from a date is answered only on the days it holds. */
class DatedTextTest {

    private static final String FEES = """
            - [đến 2026-12-31] Lệ phí giảm 50% đến hết ngày 31/12/2026.
            - [từ 2027-01-01] Mức giảm đã hết hạn; lệ phí theo mức đầy đủ.
            - Phí công bố: 100.000 đồng.
            [từ 2026-07-01 đến 2026-09-30] Một đoạn chỉ đúng trong quý III.""";

    private static Guide guideWithFees(String fees) {
        String sections = GuideParserTest.sections(Arrays.stream(Aspect.values()).filter(a -> a != Aspect.FEES).toList());
        return GuideParser.parse("procedures/thu-tuc-mau.md", GuideParserTest.HEADER + "\n" + sections + "\n## fees\n" + fees + "\n");
    }

    @Test
    void eachDayGetsTheStatementsThatHoldOnIt() {
        Guide guide = guideWithFees(FEES);
        assertEquals("""
                - Lệ phí giảm 50% đến hết ngày 31/12/2026.
                - Phí công bố: 100.000 đồng.""", guide.section(Aspect.FEES, LocalDate.of(2026, 12, 31)));
        assertEquals("""
                - Mức giảm đã hết hạn; lệ phí theo mức đầy đủ.
                - Phí công bố: 100.000 đồng.""", guide.section(Aspect.FEES, LocalDate.of(2027, 1, 1)));
        assertTrue(guide.section(Aspect.FEES, LocalDate.of(2026, 8, 15)).endsWith("Một đoạn chỉ đúng trong quý III."));
    }

    @Test
    void theIndexReadsEveryStatementWithoutItsPeriod() {
        String all = guideWithFees(FEES).section(Aspect.FEES);
        assertTrue(all.contains("- Lệ phí giảm 50%") && all.contains("- Mức giảm đã hết hạn"), all);
        assertTrue(!all.contains("[đến") && !all.contains("[từ"), all);
    }

    @Test
    void aPeriodThatCannotBeReadIsRefusedWithItsLine() {
        for (String bad : List.of("- [đến 31/12/2026] Sai định dạng ngày.", "- [từ 2027-01-01 đến 2026-12-31] Kết thúc trước khi bắt đầu.",
                "- [đến] Thiếu ngày.")) {
            KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> guideWithFees(bad));
            assertTrue(e.getMessage().contains("[đến 2026-12-31]"), e.getMessage());
            assertTrue(e.getMessage().matches("(?s).*thu-tuc-mau\\.md:\\d+:.*"), e.getMessage());
        }
    }

    @Test
    void aGuideMayAnswerForSeveralNationalCodes() {
        Guide guide = GuideParser.parse("procedures/thu-tuc-mau.md",
                GuideParserTest.validGuide().replace("code: 1.000001", "code: 1.000001, 2.000002"));
        assertEquals("1.000001", guide.nationalCode());
        assertEquals(List.of("1.000001", "2.000002"), guide.codes());
        KnowledgeBaseException twice = assertThrows(KnowledgeBaseException.class, () -> GuideParser.parse("procedures/thu-tuc-mau.md",
                GuideParserTest.validGuide().replace("code: 1.000001", "code: 1.000001, 1.000001")));
        assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
    }
}
