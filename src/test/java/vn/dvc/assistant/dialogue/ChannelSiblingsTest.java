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
 * The same procedure done fully online or partly online and at the office, under names that differ only in how and
 * where it is carried out: a question that does not say which is answered by one and offered the other, never asked to
 * choose between the two long names; a procedure that differs in what it is about is not joined.
 */
class ChannelSiblingsTest {

    private static final String ONLINE = "9.000301";
    private static final String AT_THE_OFFICE = "9.000302";
    private static final String OTHER = "9.000303";
    private static final String CORE = "Cấp lại giấy chứng nhận đăng ký ghe, xuồng";
    private static final String ONLINE_NAME = CORE + " thực hiện bằng dịch vụ công trực tuyến toàn trình";
    private static final String AT_THE_OFFICE_NAME = CORE
            + " thực hiện bằng dịch vụ công trực tuyến một phần hoặc trực tiếp thực hiện tại cấp tỉnh, cấp xã";
    private static final String OTHER_NAME = "Cấp đổi giấy chứng nhận đăng ký ghe, xuồng thực hiện bằng dịch vụ công trực tuyến toàn trình";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverTwoChannels(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(ONLINE, ONLINE_NAME, AT_THE_OFFICE, AT_THE_OFFICE_NAME, OTHER, OTHER_NAME));
    }

    @Test
    void aQuestionThatDoesNotSayTheChannelIsAnsweredAndOfferedTheOther() {
        Reply reply = engine.respond(DialogueState.EMPTY, "mất giấy chứng nhận đăng ký ghe xuồng, cấp lại cần giấy tờ gì");
        assertEquals("answer", reply.type().key(), reply.text());
        String other = reply.procedureId().equals("tthc-" + ONLINE) ? AT_THE_OFFICE_NAME : ONLINE_NAME;
        assertTrue(reply.quickReplies().contains(other), reply.quickReplies().toString());
        assertEquals("documents", reply.aspect());
    }

    @Test
    void aProcedureAboutSomethingElseIsNotOfferedAsAChannel() {
        Reply reply = engine.respond(DialogueState.EMPTY, "cấp lại giấy chứng nhận đăng ký ghe xuồng cần giấy tờ gì");
        assertTrue(!reply.quickReplies().contains(OTHER_NAME), reply.quickReplies().toString());
    }
}
