package vn.dvc.assistant.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.dialogue.ReplyType;

class ReplyLayoutTest {

    @Test
    void anAnswerHasItsTitleParagraphsListsAndSteps() {
        ReplyLayout layout = ReplyLayout.of(ReplyType.ANSWER, """
                Đăng ký thành lập hộ kinh doanh – Các bước thực hiện

                Nộp trực tiếp hoặc qua bưu chính:
                1. Nộp hồ sơ.
                2. Nhận giấy hẹn.

                Nộp trực tuyến:
                1. Đăng nhập.
                - Lưu ý: ký số hồ sơ.
                - Thanh toán lệ phí.""", List.of("Hồ sơ cần gì?"));
        assertEquals("Đăng ký thành lập hộ kinh doanh – Các bước thực hiện", layout.title());
        assertEquals(List.of(
                Block.paragraph("Nộp trực tiếp hoặc qua bưu chính:"),
                Block.items(Block.STEPS, List.of("Nộp hồ sơ.", "Nhận giấy hẹn.")),
                Block.paragraph("Nộp trực tuyến:"),
                Block.items(Block.STEPS, List.of("Đăng nhập.")),
                Block.items(Block.LIST, List.of("Lưu ý: ký số hồ sơ.", "Thanh toán lệ phí."))), layout.blocks());
        assertEquals(List.of(new Choice("Hồ sơ cần gì?", "Hồ sơ cần gì?")), layout.choices());
    }

    @Test
    void aClarifyingQuestionShowsItsChoicesOnceAsShortLabels() {
        List<String> names = List.of("Đăng ký thành lập hộ kinh doanh", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh");
        ReplyLayout layout = ReplyLayout.of("clarify", "Anh/chị muốn hỏi về thủ tục nào?\n1. " + names.get(0) + "\n2. " + names.get(1), names);
        assertNull(layout.title());
        assertEquals(List.of(Block.paragraph("Anh/chị muốn hỏi về thủ tục nào?")), layout.blocks());
        assertEquals(List.of(new Choice("Đăng ký thành lập", names.get(0)), new Choice("Thay đổi nội dung", names.get(1))),
                layout.choices());
    }

    @Test
    void oneProcedureAskedBackShowsItOnceBesideTheNo() {
        ReplyLayout layout = ReplyLayout.of("clarify", "Anh/chị hỏi về thủ tục này phải không?\n1. Tách hộ", List.of("Tách hộ", "Không phải"));
        assertEquals(List.of(Block.paragraph("Anh/chị hỏi về thủ tục này phải không?")), layout.blocks());
        assertEquals(List.of(new Choice("Tách hộ", "Tách hộ"), new Choice("Không phải", "Không phải")), layout.choices());
    }

    @Test
    void otherRepliesAreParagraphsWithoutATitle() {
        ReplyLayout layout = ReplyLayout.of(ReplyType.FALLBACK, "Xin lỗi – tôi không biết.\nTổng đài: 1800 1096.", List.of());
        assertNull(layout.title());
        assertEquals(List.of(Block.paragraph("Xin lỗi – tôi không biết."), Block.paragraph("Tổng đài: 1800 1096.")), layout.blocks());
    }
}
