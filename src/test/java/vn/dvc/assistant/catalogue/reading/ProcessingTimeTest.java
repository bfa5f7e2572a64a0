package vn.dvc.assistant.catalogue.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dvc.assistant.catalogue.HandWrittenEntry.entry;
import static vn.dvc.assistant.catalogue.HandWrittenEntry.row;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.catalogue.CatalogueEntry;
import vn.dvc.assistant.catalogue.Channel;

class ProcessingTimeTest {

    @Test
    void aTimeWithItsUnitIsShownAsWritten() {
        Channel row = row("Trực tiếp", "3 Ngày làm việc", "Miễn phí", null, null);
        assertEquals(Optional.of("3 Ngày làm việc"), ProcessingTime.shown(entry().channel(row).build(), row));
    }

    @Test
    void aBareNumberTakesTheUnitTheStepsWriteItWith() {
        Channel row = row("Trực tuyến", "1", "Miễn phí", null, null);
        CatalogueEntry entry = entry().channel(row)
                .step("Trong thời hạn 01 ngày làm việc kể từ ngày nhận hồ sơ, cơ quan xem xét tính hợp lệ.")
                .step("Trong thời hạn 05 ngày làm việc, cơ quan cấp giấy chứng nhận.").build();
        assertEquals(Optional.of("1 ngày làm việc (trang chỉ ghi số 1; đơn vị theo phần trình tự thực hiện)"),
                ProcessingTime.shown(entry, row));
    }

    @Test
    void theRowsOwnDescriptionComesBeforeTheSteps() {
        Channel row = row("Trực tiếp", "15", "Miễn phí", null, "15 ngày, kể từ ngày nhận được hồ sơ hợp lệ.");
        CatalogueEntry entry = entry().channel(row).step("Giấy phép có thời hạn 15 tháng.").build();
        assertEquals(Optional.of("15 ngày (trang chỉ ghi số 15; đơn vị theo phần mô tả cách thực hiện)"),
                ProcessingTime.shown(entry, row));
    }

    @Test
    void aNumberWrittenWithTwoUnitsSendsToTheOfficialPage() {
        Channel row = row("Trực tiếp", "1", "Miễn phí", null, null);
        CatalogueEntry entry = entry().channel(row).step("Trả lời trong 01 ngày làm việc.").step("Niêm yết trong 01 ngày.").build();
        assertEquals(Optional.of(ProcessingTime.SEE_THE_PAGE), ProcessingTime.shown(entry, row));
    }

    @Test
    void aNumberTheRecordNeverWritesWithAUnitSendsToTheOfficialPage() {
        Channel row = row("Trực tuyến", "1", "Miễn phí", null, null);
        CatalogueEntry entry = entry().channel(row).step("Trong thời hạn 10 ngày làm việc, cơ quan trả kết quả.")
                .step("Nộp 1 bộ hồ sơ.").build();
        assertEquals(Optional.of(ProcessingTime.SEE_THE_PAGE), ProcessingTime.shown(entry, row));
    }

    @Test
    void aNumberInsideADateOrADocumentNumberIsNotItsUnit() {
        Channel row = row("Trực tuyến", "1", "Miễn phí", null, null);
        CatalogueEntry entry = entry().channel(row).step("Theo Thông tư số 01/2026/TT-BTC ngày 11/1 ngày làm việc cuối tuần.")
                .build();
        assertEquals(Optional.of(ProcessingTime.SEE_THE_PAGE), ProcessingTime.shown(entry, row));
    }

    @Test
    void aBareNoIsNotAnAnswer() {
        Channel no = row("Trực tiếp", "Không", "Miễn phí", null, null);
        Channel sentence = row("Trực tuyến", "Không phải trả kết quả cho người nộp thuế", "Miễn phí", null, null);
        CatalogueEntry entry = entry().channel(no).channel(sentence).build();
        assertEquals(Optional.of(ProcessingTime.SEE_THE_PAGE), ProcessingTime.shown(entry, no));
        assertEquals(Optional.of("Không phải trả kết quả cho người nộp thuế"), ProcessingTime.shown(entry, sentence));
    }

    @Test
    void aRowWithoutTimeShowsNone() {
        Channel row = row("Trực tiếp", null, "Miễn phí", null, null);
        assertEquals(Optional.empty(), ProcessingTime.shown(entry().channel(row).build(), row));
    }
}
