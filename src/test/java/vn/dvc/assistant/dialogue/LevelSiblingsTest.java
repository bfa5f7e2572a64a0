package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same procedure carried out by two levels of government, under names that differ only by who decides: a question
 * that does not say which is answered by one and offered the other, never asked to choose between the two long names;
 * a question that names the level gets that level's entry.
 */
class LevelSiblingsTest {

    private static final String PROVINCE = "9.000201";
    private static final String MINISTRY = "9.000202";
    private static final String CORE = "Thẩm định, phê duyệt quy trình vận hành trại nuôi chim cảnh";
    private static final String PROVINCE_NAME = CORE + " thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh";
    private static final String MINISTRY_NAME = CORE + " thuộc thẩm quyền của Bộ Nông nghiệp và Môi trường";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverTwoLevels(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(PROVINCE, PROVINCE_NAME, MINISTRY, MINISTRY_NAME),
                Map.of(PROVINCE, "Cấp tỉnh", MINISTRY, "Cấp bộ"));
    }

    @Test
    void aQuestionThatDoesNotSayTheLevelIsAnsweredAndOfferedTheOther() {
        Reply reply = engine.respond(DialogueState.EMPTY, "hồ sơ thẩm định quy trình vận hành trại nuôi chim cảnh gồm những gì");
        assertEquals("answer", reply.type().key(), reply.text());
        String other = reply.procedureId().equals("tthc-" + PROVINCE) ? MINISTRY_NAME : PROVINCE_NAME;
        assertTrue(reply.quickReplies().contains(other), reply.quickReplies().toString());
        assertEquals("documents", reply.aspect());
    }

    @Test
    void aQuestionThatNamesTheLevelGetsThatLevel() {
        Reply reply = engine.respond(DialogueState.EMPTY,
                "thẩm định quy trình vận hành trại nuôi chim cảnh thuộc thẩm quyền của Bộ Nông nghiệp và Môi trường ở đâu");
        assertEquals("tthc-" + MINISTRY, reply.procedureId(), reply.type() + " " + reply.text());
    }
}
