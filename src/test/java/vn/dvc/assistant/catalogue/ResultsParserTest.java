package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** "ket_qua_xu_ly" fields copied from national-procedures.jsonl (record code in the comment), and one made up. */
class ResultsParserTest {

    @Test
    void resultsAreSplitAtTheirCodesAndThePageAfterThemIsDropped() {
        // 1.001612
        assertEquals(List.of(
                new Result("Thông báo bằng văn bản nội dung cần sửa đổi, bổ sung của Cơ quan đăng ký kinh doanh cấp xã",
                        Optional.of("KQ.G12.001009")),
                new Result("Giấy chứng nhận đăng ký  hộ kinh doanh", Optional.of("KQ.G12.001041"))),
                ResultsParser.parse("Thông báo bằng văn bản nội dung cần sửa đổi, bổ sung của Cơ quan đăng ký kinh doanh "
                        + "cấp xãMã: KQ.G12.001009Giấy chứng nhận đăng ký  hộ kinh doanhMã: KQ.G12.001041Từ khóaKhông có "
                        + "thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Bộ ngành --"
                        + "Đơn vị-- Chọn Cơ sở --Nộp hồ sơ"));
    }

    @Test
    void otherCodeShapes() {
        // 1.004089
        assertEquals(List.of(new Result("Quyết định hành chính", Optional.of("000.00.00.G11-KQ1711"))),
                ResultsParser.parse("Quyết định hành chínhMã: 000.00.00.G11-KQ1711Từ khóaXét hưởng trợ cấp đối với thương "
                        + "binh, người được hưởng chính sách như thương binh tại Công an cấp tỉnhMô tảKhông có thông tin"));
    }

    @Test
    void aResultWithoutCodeIsKept() { // made up
        assertEquals(List.of(new Result("Giấy phép", Optional.empty())), ResultsParser.parse("Giấy phép"));
        assertEquals(List.of(), ResultsParser.parse(""));
    }
}
