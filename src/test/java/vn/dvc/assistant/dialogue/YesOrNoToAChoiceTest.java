package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.assistant.evaluation.ConfigDefaults;
import vn.dvc.assistant.province.ShippedProfiles;

/**
 * Asked back about one procedure ("Anh/chị hỏi về thủ tục này phải không?"), the citizen answers yes or no: a yes
 * answers it, a no is never taken as a choice. A yes or a no inside a question is no answer to anything.
 */
class YesOrNoToAChoiceTest {

    private static final String BIRDS = "tthc-9.000401";
    private static final String FISH = "tthc-9.000402";
    private static final DialogueState ONE_OFFERED = new DialogueState(null, "fees", List.of(BIRDS));

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverTwoRecords(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(
                "9.000401", "Cấp giấy chứng nhận trại nuôi chim cảnh",
                "9.000402", "Cấp giấy chứng nhận trại nuôi cá cảnh"));
    }

    @Test
    void oneProcedureAskedBackIsOfferedWithANo() {
        ReplyWriter writer = new ReplyWriter(ConfigDefaults.of(DialogueConfig.class, Map.of()), ShippedProfiles.national(), Clock.systemUTC());
        Reply one = writer.clarify(id -> "Tách hộ", List.of("tthc-1.010038"), DialogueState.EMPTY, 0.4);
        assertEquals("Anh/chị hỏi về thủ tục này phải không?\n1. Tách hộ", one.text());
        assertEquals(List.of("Tách hộ", ReplyWriter.NOT_THIS_ONE), one.quickReplies());
        Reply two = writer.clarify(id -> id, List.of(BIRDS, FISH), DialogueState.EMPTY, 0.4);
        assertEquals(List.of(BIRDS, FISH), two.quickReplies());
    }

    @Test
    void aNoIsNeverTakenAsTheChoice() {
        for (String no : List.of("không phải", "Không phải", "khong phai dau", "không đúng", "sai rồi", ReplyWriter.NOT_THIS_ONE)) {
            Reply reply = engine.respond(ONE_OFFERED, no);
            assertEquals(ReplyType.FALLBACK, reply.type(), no + ": " + reply.text());
            assertNull(reply.procedureId(), no);
            assertEquals(List.of(), reply.next().pendingChoices(), no);
        }
    }

    @Test
    void aYesAnswersTheOneProcedureOfferedForThePartAskedBefore() {
        for (String yes : List.of("đúng rồi", "dạ đúng rồi ạ", "dung roi", "phải", "vâng")) {
            Reply reply = engine.respond(ONE_OFFERED, yes);
            assertEquals(ReplyType.ANSWER, reply.type(), yes + ": " + reply.text());
            assertEquals(BIRDS, reply.procedureId(), yes);
            assertEquals("fees", reply.aspect(), yes);
        }
    }

    @Test
    void aYesToSeveralOffersThemAgain() {
        Reply reply = engine.respond(new DialogueState(null, null, List.of(BIRDS, FISH)), "đúng");
        assertEquals(ReplyType.CLARIFY, reply.type(), reply.text());
        assertEquals(List.of(BIRDS, FISH), reply.next().pendingChoices());
    }

    @Test
    void aYesOrNoInsideAQuestionAnswersNothing() {
        Reply reply = engine.respond(ONE_OFFERED, "có mất phí không");
        assertEquals(ReplyType.ANSWER, reply.type(), reply.text());
        assertEquals(BIRDS, reply.procedureId());
        assertEquals("fees", reply.aspect());
    }
}
