package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvc.assistant.catalogue.HandWrittenEntry.entry;
import static vn.dvc.assistant.catalogue.HandWrittenEntry.row;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.catalogue.Document;
import vn.dvc.assistant.catalogue.HandWrittenEntry;
import vn.dvc.assistant.knowledge.Aspect;
import vn.dvc.assistant.knowledge.Succession;

/** Answers from small hand-written records with the portal's defects, as a citizen reads them. */
class CatalogueTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static final CatalogueEntry RECORD = entry()
            .named("Cấp giấy phép thử nghiệm (thực hiện tại cấp huyện)")
            .implementedBy("Sở Kế hoạch và Đầu tư, Ủy ban nhân dân cấp huyện")
            .step("Nộp hồ sơ tại Sở Kế hoạch và Đầu tư.")
            .step("Trong thời hạn 02 ngày làm việc, Sở Kế hoạch và Đầu tư cấp giấy phép.")
            .channel(row("Trực tuyến", "2", "Miễn phí", "Lệ phí: 100.000 đồng/lần.", null))
            .channel(row("Trực tiếp", "3 Ngày làm việc", "100 VNĐ", "100.000 đồng/lần.", null))
            .documents("- Giấy tờ phải nộp gồm:", new Document("Tờ khai", List.of(), "1 bản chính"),
                    new Document("Bản sao giấy phép cũ", List.of(), "0 bản chính,1 bản sao"),
                    new Document("Trường hợp ủy quyền thì kèm theo:", List.of(), "0 bản chính"),
                    new Document("Văn bản ủy quyền", List.of(), "0 bản chính"))
            .legal("Thông tư của Bộ Kế hoạch và Đầu tư", "1/2020/TT-BKHĐT")
            .build();

    private static void assertShows(String text, String part) {
        assertTrue(text.contains(part), () -> "«" + part + "» is not in:\n" + text);
    }

    @Test
    void everyAnswerIsThePortalsRecordAsOfItsCrawlWithTheOfficialPage() {
        for (Aspect aspect : Aspect.values()) {
            String text = CatalogueText.section(RECORD, aspect, TODAY, List.of());
            assertTrue(text.startsWith("Theo trang thủ tục 9.999999 trên Cổng Dịch vụ công quốc gia (bản ghi thu thập tháng 6/2026):\n"),
                    text);
            assertTrue(text.endsWith("\nTrang chính thức: " + HandWrittenEntry.URL), text);
        }
    }

    @Test
    void aTimeIsNeverABareNumber() {
        String text = CatalogueText.section(RECORD, Aspect.PROCESSING_TIME, TODAY, List.of());
        assertShows(text, "\n- Trực tuyến: 2 ngày làm việc (trang chỉ ghi số 2; đơn vị theo phần trình tự thực hiện)\n");
        assertShows(text, "\n- Trực tiếp: 3 Ngày làm việc\n");
    }

    @Test
    void aFeeIsShownOnlyWhereTheRecordMakesItClear() {
        String text = CatalogueText.section(RECORD, Aspect.FEES, TODAY, List.of());
        assertShows(text, "\n- Trực tuyến: trang ghi \"Miễn phí\" nhưng ghi chú bên cạnh nêu mức thu: Lệ phí: 100.000 đồng/lần.\n");
        assertShows(text, "\n- Trực tiếp: mức thu ghi trên trang không rõ ràng, anh/chị xem trang chính thức; "
                + "ghi chú của trang: 100.000 đồng/lần.\n");
        assertFalse(text.contains("100 VNĐ"), text);
    }

    @Test
    void listHeadingsAreHeadingsAndNoCountOfZeroIsShown() {
        String text = CatalogueText.section(RECORD, Aspect.DOCUMENTS, TODAY, List.of());
        assertShows(text, ":\nGiấy tờ phải nộp gồm:\n- Tờ khai (1 bản chính)\n- Bản sao giấy phép cũ (1 bản sao)\n"
                + "Trường hợp ủy quyền thì kèm theo:\n- Văn bản ủy quyền\n");
        assertFalse(text.contains("0 bản"), text);
    }

    @Test
    void anOfficeOfBeforeThe2025ReorganisationIsMarkedAndExplained() {
        String text = CatalogueText.section(RECORD, Aspect.STEPS, TODAY, List.of());
        assertShows(text, "- Nộp hồ sơ tại Sở Kế hoạch và Đầu tư [nay: Sở Tài chính].\n"
                + "- Trong thời hạn 02 ngày làm việc, Sở Kế hoạch và Đầu tư cấp giấy phép.\n");
        assertShows(text, "\nLưu ý: trang thủ tục còn ghi tên cơ quan trước đợt sắp xếp bộ máy năm 2025.\n"
                + "- Từ ngày 01/7/2025 không còn cấp huyện");
        assertShows(text, "\n- Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ ngày 01/3/2025 (Nghị định 45/2025/NĐ-CP).\n");
        String where = CatalogueText.section(RECORD, Aspect.WHERE, TODAY, List.of());
        assertShows(where, "- Cơ quan thực hiện: Sở Kế hoạch và Đầu tư [nay: Sở Tài chính], Ủy ban nhân dân cấp huyện "
                + "[nay: cấp xã hoặc cấp tỉnh, tùy việc]\n");
    }

    @Test
    void theAgencyFieldIsMarkedAsTheAnswersAre() {
        assertEquals("Sở Kế hoạch và Đầu tư [nay: Sở Tài chính], Ủy ban nhân dân cấp huyện [nay: cấp xã hoặc cấp tỉnh, tùy việc]",
                CatalogueText.implementingAgency(RECORD));
        assertEquals(null, CatalogueText.implementingAgency(entry().build()));
    }

    @Test
    void aLegalDocumentKeepsItsIssuerButTheProcedureStillGetsItsNote() {
        String text = CatalogueText.section(RECORD, Aspect.LEGAL_BASIS, TODAY, List.of());
        assertShows(text, "- Thông tư của Bộ Kế hoạch và Đầu tư (1/2020/TT-BKHĐT)\n");
        assertShows(text, "- Từ ngày 01/7/2025 không còn cấp huyện");
        assertFalse(text.contains("Bộ Kế hoạch và Đầu tư đã hợp nhất"), text);
    }

    @Test
    void aRecordOfTodaysOfficesHasNoNote() {
        CatalogueEntry current = entry().implementedBy("Sở Tài chính, Ủy ban nhân dân cấp xã").build();
        assertEquals("Theo trang thủ tục 9.999999 trên Cổng Dịch vụ công quốc gia (bản ghi thu thập tháng 6/2026):\n"
                + "- Cơ quan thực hiện: Sở Tài chính, Ủy ban nhân dân cấp xã\nTrang chính thức: " + HandWrittenEntry.URL,
                CatalogueText.section(current, Aspect.WHERE, TODAY, List.of()));
    }

    @Test
    void aFeeForAPeriodThatIsOverIsSaidToBeSo() {
        CatalogueEntry reduced = entry().channel(row("Trực tuyến", "5 Ngày làm việc", "Miễn phí",
                "Lệ phí: 50.000 đồng/thẻ. Kể từ ngày 01/01/2025 đến hết ngày 31/12/2025, mức thu bằng 50% mức quy định.", null))
                .channel(row("Trực tiếp", "7 Ngày làm việc", "50.000 Việt Nam Đồng",
                        "áp dụng đến hết ngày 31 tháng 12 năm 2023; giảm 10% đến hết năm 2024; từ 01/01/2027 đến hết ngày 31/12/2027 giảm 20%", null))
                .build();
        String text = CatalogueText.section(reduced, Aspect.FEES, TODAY, List.of());
        assertShows(text, "\nLưu ý: ghi chú trên trang có mức thu hoặc miễn, giảm chỉ áp dụng đến ngày 31/12/2023, 31/12/2024, 31/12/2025, nay đã qua"
                + " thời hạn đó; mức thu hiện hành anh/chị xem trên trang chính thức hoặc hỏi nơi tiếp nhận hồ sơ.\n");
        assertFalse(CatalogueText.section(reduced, Aspect.FEES, LocalDate.of(2023, 6, 1), List.of()).contains("nay đã qua"),
                "before both periods end, nothing is past");
        assertFalse(CatalogueText.section(reduced, Aspect.PROCESSING_TIME, TODAY, List.of()).contains("nay đã qua"),
                "only fees: a condition's period is history the case must fall in");
    }

    @Test
    void aLegalDocumentReplacedSinceIsSaidToBeSo() {
        List<Succession> successions = List.of(new Succession("38/2019/QH14", "108/2025/QH15",
                "Luật Quản lý thuế số 108/2025/QH15 thay thế từ 01/7/2026"));
        String text = CatalogueText.section(entry().legal("Luật Quản lý thuế", "38/2019/QH14").build(), Aspect.LEGAL_BASIS, TODAY,
                successions);
        assertShows(text, "- Luật Quản lý thuế (38/2019/QH14)\nLưu ý: văn bản trang dẫn đã được thay thế hoặc sửa đổi sau đó:\n"
                + "- 38/2019/QH14: Luật Quản lý thuế số 108/2025/QH15 thay thế từ 01/7/2026\n");
        String both = CatalogueText.section(entry().legal("Luật Quản lý thuế", "38/2019/QH14").legal("Luật Quản lý thuế", "108/2025/QH15")
                .build(), Aspect.LEGAL_BASIS, TODAY, successions);
        assertFalse(both.contains("Lưu ý: văn bản"), "the page cites the successor too: " + both);
        assertFalse(CatalogueText.section(entry().legal("Luật Quản lý thuế", "38/2019/QH14").build(), Aspect.FEES, TODAY, successions)
                .contains("Lưu ý: văn bản"), "only the legal basis");
    }
}
