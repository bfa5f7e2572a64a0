package vn.dvc.assistant.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ChoiceLabelsTest {

    private static final List<String> HOUSEHOLD_BUSINESS = List.of(
            "Đăng ký thành lập hộ kinh doanh",
            "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
            "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
            "Chấm dứt hoạt động hộ kinh doanh",
            "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh, Cấp đổi sang Giấy chứng nhận đăng ký hộ kinh doanh");

    @Test
    void keepsTheWordsThatTellNamesThatBeginAlikeApart() {
        assertEquals(List.of("Đăng ký thành lập", "Thay đổi nội dung", "Tạm ngừng kinh doanh", "Chấm dứt hoạt động",
                "Cấp lại Giấy chứng…"), ChoiceLabels.of(HOUSEHOLD_BUSINESS));
    }

    @Test
    void dropsTheStartNamesShareWhenTheRestIsStillTooLong() {
        assertEquals(List.of("Công ty TNHH một…", "Doanh nghiệp tư nhân"), ChoiceLabels.of(List.of(
                "Đăng ký thành lập công ty TNHH một thành viên",
                "Đăng ký thành lập doanh nghiệp tư nhân")));
    }

    @Test
    void keepsChoicesThatFitAsTheyAre() {
        List<String> questions = List.of("Hồ sơ cần gì?", "Lệ phí bao nhiêu?", "Nộp ở đâu?", "Mất bao lâu?");
        assertEquals(questions, ChoiceLabels.of(questions));
    }

    @Test
    void aLongChoiceAloneEndsAtAWholeWordOrClause() {
        assertEquals(List.of("Đăng ký thành lập…"), ChoiceLabels.of(List.of("Đăng ký thành lập hộ kinh doanh")));
        assertEquals(List.of("Cổng Dịch vụ công"), ChoiceLabels.of(List.of("Cổng Dịch vụ công – quốc gia")));
        assertEquals(List.of("Tài khoản và đăng…"), ChoiceLabels.of(List.of("Tài khoản và đăng nhập Cổng Dịch vụ công quốc gia (VNeID)")));
        assertEquals(List.of("x".repeat(19) + "…"), ChoiceLabels.of(List.of("x".repeat(40))));
    }

    @Test
    void labelsAreDistinctAndWithinTheLimitWhateverTheNames() {
        List<String> alike = IntStream.rangeClosed(1, 12).mapToObj(i -> "Thủ tục hành chính rất dài số " + i + " của tỉnh").toList();
        List<String> labels = ChoiceLabels.of(alike);
        assertEquals(12, new HashSet<>(labels).size(), labels.toString());
        assertTrue(labels.stream().allMatch(label -> label.length() <= ChoiceLabels.LIMIT), labels.toString());
    }
}
