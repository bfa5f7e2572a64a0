package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A turn after an answer is about the procedure in focus when it asks about a part of it or shares its words; one
 * that asks nothing, shares no word with it and holds words the knowledge never uses is about something else.
 */
class FollowUpTest {

    private static final String BIRDS = "9.000401";
    private static final String BETS = "9.000402";

    private static DialogueEngine engine;
    private static Reply first;

    @BeforeAll
    static void answerAboutBirds(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(
                BIRDS, "Thẩm định, phê duyệt quy trình vận hành trại nuôi chim cảnh",
                BETS, "Cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ đặt cược bóng đá quốc tế"));
        first = engine.respond(DialogueState.EMPTY, "thẩm định quy trình vận hành trại nuôi chim cảnh cần giấy tờ gì");
        assertEquals("tthc-" + BIRDS, first.procedureId(), first.text());
    }

    @Test
    void aPartAskedAboutIsAboutTheFocus() {
        Reply fees = engine.respond(first.next(), "thế còn lệ phí");
        assertEquals("tthc-" + BIRDS, fees.procedureId(), fees.text());
        assertEquals("fees", fees.aspect());
    }

    @Test
    void aTurnOnAnotherTopicIsNotAnsweredAboutTheFocus() {
        Reply offTopic = engine.respond(first.next(), "lịch bóng đá quốc tế tối nay");
        assertNotEquals("tthc-" + BIRDS, offTopic.procedureId(), offTopic.text());
    }
}
