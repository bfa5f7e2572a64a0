package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Follow-ups whose aspect only the shape of the question tells: going to an office or choosing between two asks
 * where; a channel asks how it is done; how long a result lasts is the result, how long the office may take is not;
 * whether a paper must be brought asks what the file holds; sending someone else asks who may do it.
 */
class QuestionShapeAspectTest {

    private static final String BIRDS = "9.000501";

    private static DialogueEngine engine;
    private static Reply first;

    @BeforeAll
    static void answerAboutBirds(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(BIRDS, "Cấp giấy phép nuôi chim cảnh"));
        first = engine.respond(DialogueState.EMPTY, "xin giấy phép nuôi chim cảnh");
        assertEquals("tthc-" + BIRDS, first.procedureId(), first.text());
    }

    @ParameterizedTest
    @CsvSource({
            "mình tới ủy ban được không, where",
            "phải xuống công an huyện à, where",
            "nộp ở xã được ko hay phải lên sở, where",
            "gửi nơi thường trú hay nơi tạm trú, where",
            "làm ở xã nơi cư trú được không, where",
            "làm bằng app được không, steps",
            "lam qua vneid dc ko, steps",
            "cấp xong thì được bao lâu, result",
            "giấy có giá trị sử dụng trong bao lâu, result",
            "tối đa mấy năm, result",
            "bao lâu thì được cấp, processing_time",
            "có làm gấp được không, processing_time",
            "nhờ người thân nộp giúp được không, eligibility",
            "có phải nộp giấy khám sức khỏe không, documents",
            "co can giay kham suc khoe ko, documents",
            "có phải đăng báo không, steps",
            "co phai lay van tay ko, steps",
            "nộp giấy cho ai, where",
            "lam don gui ai, where",
            "nop o xa hay o huyen, where",
            "nộp hồ sơ ở sở nào, where",
            "có cần phải có giấy phép không, eligibility",
            "cần bao nhiêu thành viên, eligibility",
            "nghỉ rồi có còn được hưởng nữa ko, eligibility",
            "mat bao lau thi lay dc giay, processing_time",
            "lấy được giấy gì, result",
            "nhà tôi có thuộc diện được miễn không, eligibility",
            "thuộc đối tượng nào thì được cấp, eligibility",
    })
    void theShapeOfTheQuestionTellsTheAspect(String question, String aspect) {
        Reply reply = engine.respond(first.next(), question);
        assertEquals("tthc-" + BIRDS, reply.procedureId(), reply.text());
        assertEquals(aspect, reply.aspect(), question);
    }
}
