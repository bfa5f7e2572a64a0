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
 * The South's "lãnh" for "lĩnh" (drawing money due) reads as the official word before what is drawn, and stays itself
 * elsewhere ("lãnh sự").
 */
class SouthernWordsTest {

    private static final String DRAW_FOR_ANOTHER = "9.000701";
    private static final String ALLOWANCE = "9.000702";
    private static final String CONSULAR = "9.000703";

    private static DialogueEngine engine;

    @BeforeAll
    static void build(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(
                DRAW_FOR_ANOTHER, "Ủy quyền lĩnh thay trợ cấp nuôi chim cảnh",
                ALLOWANCE, "Giải quyết trợ cấp nuôi chim cảnh",
                CONSULAR, "Hợp pháp hóa lãnh sự giấy tờ nuôi chim cảnh"));
    }

    @ParameterizedTest
    @CsvSource({
            "lãnh thay trợ cấp nuôi chim cảnh, " + DRAW_FOR_ANOTHER,
            "lãnh trợ cấp nuôi chim cảnh ở đâu, " + DRAW_FOR_ANOTHER,
            "nho nguoi lanh gium tro cap nuoi chim canh duoc ko, " + DRAW_FOR_ANOTHER,
            "hợp pháp hóa lãnh sự giấy tờ nuôi chim cảnh ở đâu, " + CONSULAR,
    })
    void lanhReadsAsLinhBeforeWhatIsDrawn(String question, String code) {
        Reply reply = engine.respond(DialogueState.EMPTY, question);
        assertEquals("tthc-" + code, EngineOverRecords.answeredOrFirstOffered(reply), reply.type() + " " + reply.text());
    }
}
