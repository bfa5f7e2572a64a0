package vn.dvc.assistant.catalogue.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.knowledge.KnowledgeBaseException;

class OfficeChangesTest {

    private static final OfficeChanges SHIPPED = OfficeChanges.standard();

    private static OfficeChange change(String name) {
        return SHIPPED.changes().stream().filter(c -> c.names().contains(name)).findFirst().orElseThrow();
    }

    @Test
    void everyShippedChangeSaysWhatReplacedItSinceWhenAndWhereThatWasChecked() {
        assertTrue(SHIPPED.changes().size() >= 15, SHIPPED.changes().size() + " changes");
        for (OfficeChange change : SHIPPED.changes()) {
            assertTrue(!change.names().isEmpty() && !change.now().isBlank(), change.title());
            assertTrue(change.note().matches(".*(\\d{2}/\\d{1,2}/2025|[Nn]ăm 2025).*") && change.note().endsWith("."), change.note());
            assertTrue(change.sources().stream().allMatch(s -> s.matches(".*https?://\\S+.*")), change.title());
        }
    }

    @Test
    void theFirstMentionIsMarkedWithWhatReplacedIt() {
        OfficeChanges.Marked marked = SHIPPED.mark("Nộp hồ sơ tại Sở Kế hoạch và Đầu tư. Sở Kế hoạch và Đầu tư trả kết quả.");
        assertEquals("Nộp hồ sơ tại Sở Kế hoạch và Đầu tư [nay: Sở Tài chính]. Sở Kế hoạch và Đầu tư trả kết quả.", marked.text());
        assertEquals(List.of(change("Sở Kế hoạch và Đầu tư")), marked.changes());
    }

    @Test
    void theRecordsSpellingsAreAllFound() {
        for (String text : new String[] {"Uỷ ban nhân dân huyện", "UBND cấp huyện", "Sở Lao động-Thương binh và Xã hội",
                "Bộ Lao động Thương binh và Xã hội", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Công an quận,  huyện", "Tổng cục Thuế"}) {
            OfficeChanges.Marked marked = SHIPPED.mark("Gửi " + text + " xem xét.");
            assertEquals(1, marked.changes().size(), text);
            assertTrue(marked.text().contains(text + " [nay: "), marked.text());
        }
    }

    @Test
    void theLongestNameDecidesWhichChangeItIs() {
        assertEquals(List.of(change("Bảo hiểm xã hội cấp huyện")), SHIPPED.named("Bảo hiểm xã hội tỉnh, Bảo hiểm xã hội cấp huyện"));
        assertEquals(List.of(change("Chi cục Thuế khu vực")), SHIPPED.named("tại Chi cục Thuế khu vực nơi đặt trụ sở"));
        assertEquals(List.of(change("Chi cục Thuế")), SHIPPED.named("tại Chi cục Thuế nơi cá nhân cư trú"));
    }

    @Test
    void todaysNamesThatBeginLikeAnOldOneAreLeftAlone() {
        for (String text : new String[] {"Chi cục Hải quan khu vực II", "Chi cục Thuế doanh nghiệp lớn - Cục Thuế",
                "Ngân hàng Nhà nước chi nhánh Khu vực nơi đặt trụ sở", "Cục Thuế - Bộ tài chính", "Ủy ban nhân dân cấp xã",
                "Thông tư số 12/2020/TT-BGTVT", "Sở Tài chính", "Công an cấp xã"}) {
            assertEquals(text, SHIPPED.mark(text).text());
        }
        assertEquals("Chi cục Hải quan [nay: Hải quan cửa khẩu hoặc ngoài cửa khẩu, thuộc Chi cục Hải quan khu vực] cửa khẩu "
                + "Hữu Nghị", SHIPPED.mark("Chi cục Hải quan cửa khẩu Hữu Nghị").text());
    }

    @Test
    void aNameIsNeverFoundInsideAnotherWord() {
        assertEquals(List.of(), SHIPPED.named("Thủ tục cấp huyệnx và Sở Kế hoạch và Đầu tưy"));
    }

    @Test
    void aBrokenFileSaysWhichLineToFix() {
        KnowledgeBaseException noNote = assertThrows(KnowledgeBaseException.class, () -> OfficeChangesFile.parse("f.txt",
                List.of("# a comment", "== A change", "names: Sở A", "now: Sở B", "source: https://example.gov.vn")));
        assertEquals(2, noNote.line());
        assertTrue(noNote.getMessage().contains("no 'note'"), noNote.getMessage());
        KnowledgeBaseException unknownKey = assertThrows(KnowledgeBaseException.class, () -> OfficeChangesFile.parse("f.txt",
                List.of("== A change", "names: Sở A", "successor: Sở B")));
        assertEquals(3, unknownKey.line());
        KnowledgeBaseException outside = assertThrows(KnowledgeBaseException.class, () -> OfficeChangesFile.parse("f.txt",
                List.of("names: Sở A")));
        assertEquals(1, outside.line());
        assertThrows(KnowledgeBaseException.class, () -> OfficeChangesFile.parse("f.txt", List.of("# nothing")));
    }

    @Test
    void aFileOfOneChangeIsReadWhole() {
        List<OfficeChange> changes = OfficeChangesFile.parse("f.txt", List.of("== Sở A into Sở B", "names: Sở A; Sở A cũ",
                "except: Sở A mới", "now: Sở B", "note: Sở A đã hợp nhất vào Sở B từ ngày 01/3/2025.", "source: https://a.gov.vn",
                "source: https://b.gov.vn"));
        assertEquals(List.of(new OfficeChange("Sở A into Sở B", List.of("Sở A", "Sở A cũ"), List.of("Sở A mới"), "Sở B",
                "Sở A đã hợp nhất vào Sở B từ ngày 01/3/2025.", List.of("https://a.gov.vn", "https://b.gov.vn"), 1)), changes);
        OfficeChanges own = new OfficeChanges(changes);
        assertEquals("Sở A mới, Sở A [nay: Sở B]", own.mark("Sở A mới, Sở A").text());
    }
}
