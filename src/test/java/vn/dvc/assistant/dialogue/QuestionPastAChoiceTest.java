package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citizen asked back which procedure they mean often goes on with a question about a part of it ("lệ phí bao
 * nhiêu?") instead of choosing: one procedure offered is taken as confirmed, several are offered again, and the part
 * asked is answered once one is chosen; the featured procedures are never offered in their place.
 */
class QuestionPastAChoiceTest {

    private static final String BIRDS = "9.000301";
    private static final String FISH = "9.000302";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverTwoRecords(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(
                BIRDS, "Cấp giấy chứng nhận trại nuôi chim cảnh",
                FISH, "Cấp giấy chứng nhận trại nuôi cá cảnh"));
    }

    @Test
    void oneProcedureOfferedIsTakenAsConfirmed() {
        Reply reply = engine.respond(new DialogueState(null, null, List.of("tthc-" + BIRDS)), "lệ phí bao nhiêu vậy");
        assertEquals("answer", reply.type().key(), reply.text());
        assertEquals("tthc-" + BIRDS, reply.procedureId());
        assertEquals("fees", reply.aspect());
    }

    @Test
    void oneProcedureOfferedIsTheFocusOfTheNextQuestion() {
        DialogueState offered = new DialogueState("hkd-dang-ky-thanh-lap", null, List.of("tthc-" + BIRDS));
        Reply reply = engine.respond(offered, "nếu không làm thì có bị phạt không");
        assertEquals("answer", reply.type().key(), reply.text());
        assertEquals("tthc-" + BIRDS, reply.procedureId());
    }

    @Test
    void severalOfferedAreOfferedAgainAndThePartAskedIsAnsweredOnceChosen() {
        List<String> offered = List.of("tthc-" + BIRDS, "tthc-" + FISH);
        Reply again = engine.respond(new DialogueState(null, null, offered), "làm ở đâu vậy");
        assertEquals("clarify", again.type().key(), again.text());
        assertEquals(offered, again.next().pendingChoices());

        Reply chosen = engine.respond(again.next(), "2");
        assertEquals("tthc-" + FISH, chosen.procedureId(), chosen.text());
        assertEquals("where", chosen.aspect());
    }

    @Test
    void aQuestionThatNamesNoPartIsNotTakenAsAChoice() {
        Reply reply = engine.respond(new DialogueState(null, null, List.of("tthc-" + BIRDS)), "cảm ơn nhé");
        assertEquals("smalltalk", reply.type().key(), reply.text());
    }
}
