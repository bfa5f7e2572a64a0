package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company's members typed in digits or shortened ("2 thành viên", "1tv") are read as the names spell them. */
class MembersInDigitsTest {

    private static final String ONE_MEMBER = "9.000431";
    private static final String TWO_OR_MORE = "9.000432";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverBothCompanies(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(
                ONE_MEMBER, "Đăng ký thành lập hợp tác xã chim cảnh một thành viên",
                TWO_OR_MORE, "Đăng ký thành lập hợp tác xã chim cảnh hai thành viên trở lên"));
    }

    @Test
    void twoMembersInDigits() {
        Reply reply = engine.respond(DialogueState.EMPTY, "thành lập hợp tác xã chim cảnh 2 thành viên cần giấy tờ gì");
        assertEquals("tthc-" + TWO_OR_MORE, reply.procedureId(), reply.text());
    }

    @Test
    void shortenedMembers() {
        assertEquals("tthc-" + TWO_OR_MORE, engine.respond(DialogueState.EMPTY, "thanh lap htx chim canh 2tv can gi").procedureId());
        assertEquals("tthc-" + ONE_MEMBER, engine.respond(DialogueState.EMPTY, "thanh lap htx chim canh 1tv can gi").procedureId());
    }
}
