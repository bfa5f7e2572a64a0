package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two procedures named the same but for an age: a question stating an age is answered with the one it fits, and the
 * other is not offered as a variant of it; a bound in the question is not an age.
 */
class StatedAgeTest {

    private static final String YOUNG = "9.000601";
    private static final String GROWN = "9.000602";
    private static final String YOUNG_ELSEWHERE = "9.000603";
    private static final String GROWN_ELSEWHERE = "9.000604";

    private static DialogueEngine engine;

    @BeforeAll
    static void build(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(
                YOUNG, "Cấp giấy phép vận hành trại nuôi chim cảnh cho người dưới 16 tuổi",
                GROWN, "Cấp giấy phép vận hành trại nuôi chim cảnh cho người từ đủ 16 tuổi trở lên",
                YOUNG_ELSEWHERE, "Cấp giấy phép vận hành trại nuôi chim cảnh cho người dưới 16 tuổi (thực hiện tại cấp tỉnh)",
                GROWN_ELSEWHERE, "Cấp giấy phép vận hành trại nuôi chim cảnh cho người từ đủ 16 tuổi trở lên (thực hiện tại cấp tỉnh)"),
                Map.of(YOUNG, "Cấp xã", GROWN, "Cấp xã"));
    }

    @ParameterizedTest
    @CsvSource({
            "giấy phép vận hành trại nuôi chim cảnh cho người 9 tuổi, " + YOUNG,
            "giay phep van hanh trai nuoi chim canh cho nguoi 15 tuoi, " + YOUNG,
            "cấp giấy phép vận hành trại nuôi chim cảnh cho người 70 tuổi, " + GROWN,
            "giấy phép vận hành trại nuôi chim cảnh cho người 16 tuổi, " + GROWN,
            "giấy phép vận hành trại nuôi chim cảnh cho người dưới 16 tuổi, " + YOUNG,
    })
    void theAgeStatedPicksTheProcedureNamedForIt(String question, String code) {
        Reply reply = engine.respond(DialogueState.EMPTY, question);

        assertEquals("answer", reply.type().key(), reply.text());
        assertEquals("tthc-" + code, reply.procedureId(), reply.text());
        String otherAge = code.equals(YOUNG) ? "từ đủ 16 tuổi" : "dưới 16 tuổi";
        assertFalse(reply.text().contains(otherAge) || reply.quickReplies().stream().anyMatch(q -> q.contains(otherAge)),
                "another age offered beside " + code + ": " + reply.text() + " " + reply.quickReplies());
    }
}
