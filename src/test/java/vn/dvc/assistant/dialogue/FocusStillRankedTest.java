package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up whose words rank another procedure best stays with the procedure in focus while the focus is still a
 * candidate: asked alone, "lệ phí sang tên quyền sử dụng bao nhiêu" is answered about the pond, the shorter name;
 * after a question on the aviary's transfer it is about the aviary.
 */
class FocusStillRankedTest {

    private static final String AVIARY = "9.000411";
    private static final String POND = "9.000412";
    private static final Map<String, String> RECORDS = Map.of(
            AVIARY, "Sang tên quyền sử dụng trại nuôi chim cảnh",
            POND, "Sang tên quyền sử dụng ao");

    @Test
    void aFollowUpNamingWhatTheFocusSharesStaysWithIt(@TempDir Path folder) throws IOException {
        assertEquals("tthc-" + AVIARY, feesAfterTheAviary(folder, Map.of()).procedureId());
    }

    @Test
    void withoutTheRuleTheBestRankedWouldTakeIt(@TempDir Path folder) throws IOException {
        assertEquals("tthc-" + POND, feesAfterTheAviary(folder, Map.of("followUpFocusShare", "1")).procedureId());
    }

    private static Reply feesAfterTheAviary(Path folder, Map<String, String> config) throws IOException {
        DialogueEngine engine = EngineOverRecords.build(folder, RECORDS, Map.of(), config);
        Reply first = engine.respond(DialogueState.EMPTY, "sang tên trại nuôi chim cảnh cần giấy tờ gì");
        assertEquals("tthc-" + AVIARY, first.procedureId(), first.text());
        Reply fees = engine.respond(first.next(), "lệ phí sang tên quyền sử dụng bao nhiêu");
        assertEquals("fees", fees.aspect(), fees.text());
        return fees;
    }
}
