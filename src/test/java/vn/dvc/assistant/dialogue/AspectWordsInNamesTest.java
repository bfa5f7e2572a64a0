package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * A catalogue entry whose name holds aspect words ("đủ điều kiện" in a certificate's name): those words name the
 * procedure and ask nothing, unless the question says them once more than the name does.
 */
class AspectWordsInNamesTest {

    private static final String CODE = "9.000101";
    private static final String NAME = "Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi chim cảnh";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverACatalogueOfOne(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(CODE, NAME));
    }

    private static String aspectOf(String question) {
        Reply reply = engine.respond(DialogueState.EMPTY, question);
        assertEquals("tthc-" + CODE, reply.procedureId(), question + ": " + reply.type());
        return reply.aspect();
    }

    @Test
    void theNamesConditionAsksNothing() {
        assertEquals("documents", aspectOf("Thành phần hồ sơ " + NAME.toLowerCase()));
        assertEquals("fees", aspectOf("Lệ phí " + NAME.toLowerCase()));
    }

    @Test
    void aConditionSaidOnceMoreThanTheNameAsksForTheConditions() {
        assertEquals("eligibility", aspectOf("Điều kiện " + NAME.toLowerCase() + " là gì"));
    }
}
