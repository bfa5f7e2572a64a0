package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citizen tells what happened, then asks: the story's words weigh against every name, so the message as a whole
 * is not surely about the procedure; the clause that asks is, and answers it.
 */
class AskingClauseTest {

    private static final String CODE = "9.000301";
    private static final String NAME = "Thẩm định, phê duyệt quy trình vận hành trại nuôi chim cảnh";
    private static final String STORY = "Nhà em nuôi mấy chục con chim từ năm ngoái, hàng xóm than phiền suốt, em cũng mệt lắm rồi. "
            + "Giờ muốn thẩm định quy trình vận hành trại nuôi chim cảnh thì cần giấy tờ gì ạ";

    @Test
    void theLastClauseOfSeveralAsks() {
        assertEquals(Optional.of("Giờ chuyển hộ khẩu về nhà chồng thì sao"),
                of("Tháng trước em mới cưới. Giờ chuyển hộ khẩu về nhà chồng thì sao"));
        assertEquals(Optional.of("cần gì"), of("chuyện dài quá\ncần gì"));
        assertEquals(Optional.of("Phí bao nhiêu?"), of("Làm sổ đỏ ở đâu? Phí bao nhiêu?"));
        assertEquals(Optional.of("giờ đổi tên con thế nào"), of("bé nhà em 5 tuổi, giờ đổi tên con thế nào"));
    }

    @Test
    void aReasonGivenBeforeAskingIsLeftOut() {
        assertEquals(Optional.of("xin giấy phép nuôi chim cảnh thì cần gì"),
                of("xin giấy phép nuôi chim cảnh vì hàng xóm hay phàn nàn thì cần gì"));
        assertEquals(Optional.of("Giờ muốn sang tên xe nên phải làm gì"),
                of("Xe mua lâu rồi. Giờ muốn sang tên xe bởi vì sắp bán lại nên phải làm gì"));
        assertEquals(Optional.empty(), of("so do do me dung ten thi sang ten the nao"));
        assertEquals(Optional.empty(), of("mat vi tien thi bao cong an o dau"));
    }

    @Test
    void aLastClauseAskingOnlyAnAspectTakesTheClausesBeforeItBackToATopic() {
        Predicate<String> namesTopic = text -> text.contains("tạm trú") || text.contains("sổ đỏ");
        assertEquals(Optional.of("Xin hỏi gia hạn tạm trú như thế nào, cần những giấy tờ gì?"), AskingClause.of(
                "Tôi thuê nhà ở phường này đã hai năm. Xin hỏi gia hạn tạm trú như thế nào, cần những giấy tờ gì?", text -> text, namesTopic));
        assertEquals(Optional.empty(), AskingClause.of("Làm sổ đỏ ở đâu? Phí bao nhiêu?", text -> text, namesTopic));
        assertEquals(Optional.empty(), AskingClause.of("Nhà em ở xa. Phí bao nhiêu?", text -> text, namesTopic));
    }

    /** The clause as read when every clause names a topic. */
    private static Optional<String> of(String message) {
        return AskingClause.of(message, text -> text, text -> true);
    }

    @Test
    void oneClauseOrANumberWithAStopIsNotSplit() {
        assertEquals(Optional.empty(), of("thủ tục 1.000656 cần gì?"));
        assertEquals(Optional.empty(), of("phí 1,5 triệu đúng không"));
        assertEquals(Optional.empty(), of("làm sổ đỏ mất bao lâu? "));
        assertEquals(Optional.empty(), of("Phí bao nhiêu? ..."));
    }

    @Test
    void aStoryBeforeTheQuestionIsAnsweredByTheClauseThatAsks(@TempDir Path folder) throws IOException {
        Reply reply = engineIn(folder, "with", Map.of()).respond(DialogueState.EMPTY, STORY);
        assertEquals("answer", reply.type().key(), reply.text());
        assertEquals("tthc-" + CODE, reply.procedureId());
        assertEquals("documents", reply.aspect());
    }

    @Test
    void withoutItTheWholeStoryLeavesTheEngineUnsure(@TempDir Path folder) throws IOException {
        Reply reply = engineIn(folder, "without", Map.of("askingClauseAgreement", "0")).respond(DialogueState.EMPTY, STORY);
        assertNotEquals("answer", reply.type().key(), reply.text());
    }

    private static DialogueEngine engineIn(Path folder, String name, Map<String, String> config) throws IOException {
        Path own = Files.createDirectories(folder.resolve(name));
        return EngineOverRecords.build(own, Map.of(CODE, NAME), Map.of(), config);
    }
}
