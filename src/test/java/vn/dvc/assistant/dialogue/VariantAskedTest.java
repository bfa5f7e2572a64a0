package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A variant that adds words to a plain name ("... tạm thời ...") is answered only when the question asks for those
 * words, not when a word of the question's asking part spells like one of them: the "thời" of "thời hạn".
 */
class VariantAskedTest {

    private static final String PLAIN = "9.000421";
    private static final String TEMPORARY = "9.000422";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverAVariant(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(
                PLAIN, "Cấp giấy chứng nhận đăng ký ghe, xuồng",
                TEMPORARY, "Cấp giấy chứng nhận đăng ký tạm thời ghe, xuồng"));
    }

    @Test
    void theAskingWordsDoNotAskForTheVariant() {
        Reply reply = engine.respond(DialogueState.EMPTY, "Thời hạn của giấy chứng nhận đăng ký ghe xuồng quy định như thế nào?");
        assertEquals("tthc-" + PLAIN, reply.procedureId(), reply.text());
    }

    @Test
    void theVariantsOwnWordsAskForIt() {
        Reply reply = engine.respond(DialogueState.EMPTY, "cấp giấy chứng nhận đăng ký tạm thời ghe xuồng cần giấy tờ gì");
        assertEquals("tthc-" + TEMPORARY, reply.procedureId(), reply.text());
    }
}
