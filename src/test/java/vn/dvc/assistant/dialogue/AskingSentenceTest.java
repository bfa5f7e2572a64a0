package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citizen tells what happened, then asks: the story's words weigh against every name, so the message as a whole
 * is not surely about the procedure; the sentence that asks is, and answers it.
 */
class AskingSentenceTest {

    private static final String CODE = "9.000301";
    private static final String NAME = "Thẩm định, phê duyệt quy trình vận hành trại nuôi chim cảnh";
    private static final String STORY = "Nhà em nuôi mấy chục con chim từ năm ngoái, hàng xóm than phiền suốt, em cũng mệt lắm rồi. "
            + "Giờ muốn thẩm định quy trình vận hành trại nuôi chim cảnh thì cần giấy tờ gì ạ";

    @Test
    void theLastSentenceOfSeveralAsks() {
        assertEquals(Optional.of("Giờ chuyển hộ khẩu về nhà chồng thì sao"),
                AskingSentence.of("Tháng trước em mới cưới. Giờ chuyển hộ khẩu về nhà chồng thì sao"));
        assertEquals(Optional.of("cần gì"), AskingSentence.of("chuyện dài quá\ncần gì"));
        assertEquals(Optional.of("Phí bao nhiêu?"), AskingSentence.of("Làm sổ đỏ ở đâu? Phí bao nhiêu?"));
    }

    @Test
    void oneSentenceOrANumberWithAStopIsNotSplit() {
        assertEquals(Optional.empty(), AskingSentence.of("thủ tục 1.000656 cần gì?"));
        assertEquals(Optional.empty(), AskingSentence.of("làm sổ đỏ mất bao lâu? "));
        assertEquals(Optional.empty(), AskingSentence.of("Phí bao nhiêu? ..."));
    }

    @Test
    void aStoryBeforeTheQuestionIsAnsweredByTheSentenceThatAsks(@TempDir Path folder) throws IOException {
        Reply reply = engineIn(folder, "with", Map.of()).respond(DialogueState.EMPTY, STORY);
        assertEquals("answer", reply.type().key(), reply.text());
        assertEquals("tthc-" + CODE, reply.procedureId());
        assertEquals("documents", reply.aspect());
    }

    @Test
    void withoutItTheWholeStoryLeavesTheEngineUnsure(@TempDir Path folder) throws IOException {
        Reply reply = engineIn(folder, "without", Map.of("askingSentenceAgreement", "0")).respond(DialogueState.EMPTY, STORY);
        assertNotEquals("answer", reply.type().key(), reply.text());
    }

    private static DialogueEngine engineIn(Path folder, String name, Map<String, String> config) throws IOException {
        Path own = Files.createDirectories(folder.resolve(name));
        return EngineOverRecords.build(own, Map.of(CODE, NAME), Map.of(), config);
    }
}
