package vn.dvc.assistant.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StepsParserTest {

    @Test
    void aBulletOnTheHeadingLineStartsAStep() {
        // 1.001612, the first two steps, sentences shortened
        assertEquals(List.of("* Trường hợp đăng ký trực tiếp hoặc đăng ký qua dịch vụ bưu chính:",
                "Chủ hộ kinh doanh hoặc người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh gửi hồ sơ.",
                "Sau khi tiếp nhận hồ sơ đăng ký hộ kinh doanh, Cơ quan đăng ký kinh doanh cấp xã trao giấy tiếp nhận hồ sơ."),
                StepsParser.parse("* Trường hợp đăng ký trực tiếp hoặc đăng ký qua dịch vụ bưu chính: - Chủ hộ kinh doanh "
                        + "hoặc người được ủy quyền thực hiện thủ tục đăng ký hộ kinh doanh gửi hồ sơ.\n- Sau khi tiếp nhận hồ "
                        + "sơ đăng ký hộ kinh doanh, Cơ quan đăng ký kinh doanh cấp xã trao giấy tiếp nhận hồ sơ."));
    }

    @Test
    void aDashInsideASentenceIsNotABullet() {
        // 1.000232
        String line = "* Cơ quan, tổ chức tại Việt Nam trực tiếp nộp vào giờ hành chính các ngày làm việc trong tuần hoặc gửi hồ "
                + "sơ qua dịch vụ bưu chính công ích đến một trong hai trụ sở làm việc của Cục Quản lý xuất nhập cảnh - Bộ Công an:";
        assertEquals(List.of("Nộp hồ sơ", line, "+ Số 44-46 Trần Phú, quận Ba Đình, thành phố Hà Nội;"),
                StepsParser.parse("Nộp hồ sơ\n" + line + "\n+ Số 44-46 Trần Phú, quận Ba Đình, thành phố Hà Nội;"));
    }

    @Test
    void noStepsIsEmpty() {
        assertEquals(List.of(), StepsParser.parse("Không có thông tin"));
        assertEquals(List.of(), StepsParser.parse(null));
    }
}
