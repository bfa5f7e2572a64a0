package vn.dvc.assistant.catalogue.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dvc.assistant.catalogue.HandWrittenEntry.row;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.catalogue.Channel;
import vn.dvc.assistant.catalogue.reading.FeeReading.Kind;

class FeeReadingTest {

    private static void assertReads(Channel row, Kind kind, String shown) {
        assertEquals(kind, FeeReading.kind(row));
        assertEquals(Optional.of(shown), FeeReading.shown(row));
    }

    @Test
    void aFeeTheNoteAgreesWithIsShownWithItsNote() {
        assertReads(row("Trực tiếp", "3 Ngày làm việc", "150,000 Việt Nam Đồng", "150.000 đồng/lần", null), Kind.AS_WRITTEN,
                "150,000 Việt Nam Đồng (150.000 đồng/lần)");
    }

    @Test
    void freeBesideANoteThatSetsAnAmountIsShownAsTheContradictionItIs() {
        assertReads(row("Trực tiếp", null, "Miễn phí", "- Dưới 5 tấn: 50.000 đồng/giấy; - Trên 15 tấn: 150.000 đồng/giấy.", null),
                Kind.FREE_BUT_NOTE_SETS_AMOUNT, "trang ghi \"Miễn phí\" nhưng ghi chú bên cạnh nêu mức thu: "
                        + "- Dưới 5 tấn: 50.000 đồng/giấy; - Trên 15 tấn: 150.000 đồng/giấy.");
    }

    @Test
    void anAmountWithoutItsUnitBeforeAPerCountsToo() {
        Channel row = row("Trực tuyến", null, "Miễn phí", "Cho một loại hình sản phẩm: 8.000.000/lần.", null);
        assertEquals(Kind.FREE_BUT_NOTE_SETS_AMOUNT, FeeReading.kind(row));
    }

    @Test
    void freeWithANoteThatSetsNoAmountStaysFree() {
        Channel exempt = row("Trực tiếp", null, "Miễn phí", "Miễn lệ phí đối với đăng ký qua mạng điện tử.", null);
        Channel byCouncil = row("Trực tiếp", null, "Miễn phí", "Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.", null);
        Channel wording = row("Trực tiếp", null, "Miễn phí", "Theo Điều 6 đồng thời Điều 7 Thông tư số 47/2019/TT-BTC.", null);
        for (Channel row : new Channel[] {exempt, byCouncil, wording}) {
            assertEquals(Kind.AS_WRITTEN, FeeReading.kind(row), row.feeNote().orElseThrow());
        }
        assertEquals(Optional.of("Miễn phí (Miễn lệ phí đối với đăng ký qua mạng điện tử.)"), FeeReading.shown(exempt));
    }

    @Test
    void anAmountInDongThatLostItsThousandsIsLeftOutForTheOfficialPage() {
        assertReads(row("Trực tiếp", null, "100 VNĐ", "100.000 đồng/lần.", null), Kind.GARBLED,
                "mức thu ghi trên trang không rõ ràng, anh/chị xem trang chính thức; ghi chú của trang: 100.000 đồng/lần.");
        assertReads(row("Trực tiếp", null, "850 VNĐ", null, null), Kind.GARBLED,
                "mức thu ghi trên trang không rõ ràng, anh/chị xem trang chính thức");
    }

    @Test
    void anAmountInDongThatLostItsCurrencyIsLeftOutToo() {
        assertEquals(Kind.GARBLED, FeeReading.kind(row("Trực tiếp", null, "155 VNĐ", "Thẻ tạm trú: 155 USD/thẻ.", null)));
    }

    @Test
    void smallAmountsAreRightInDollarsOrWhereTheNoteSaysTheSame() {
        assertEquals(Kind.AS_WRITTEN, FeeReading.kind(row("Trực tiếp", null, "25 USD", "25 USD/lần", null)));
        assertEquals(Kind.AS_WRITTEN, FeeReading.kind(row("Trực tiếp", null, "500 VNĐ", "500 đồng/trang", null)));
    }

    @Test
    void aRowWithoutFeeShowsNone() {
        assertEquals(Optional.empty(), FeeReading.shown(row("Trực tiếp", null, null, "ghi chú", null)));
    }

    @Test
    void aLongNoteIsCutWithTheLinkForTheRest() {
        String note = "Lệ phí 100.000 đồng. " + "x".repeat(500);
        String shown = FeeReading.shown(row("Trực tiếp", null, "100,000 VNĐ", note, null)).orElseThrow();
        assertEquals("100,000 VNĐ (" + note.substring(0, 400) + "…)", shown);
    }
}
