package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal-account guide tells how to sign in; a level-2 electronic identity account is a procedure of its own in the
 * catalogue (3.000228), which every team set labels such questions with: the guide does not claim its name.
 */
class LevelTwoAccountTest {

    private static final String LEVEL_TWO = "3.000228";

    private static DialogueEngine engine;

    @BeforeAll
    static void buildWithTheRecord(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(LEVEL_TWO, "Cấp tài khoản định danh điện tử mức độ 2"),
                Map.of(LEVEL_TWO, "Cấp xã"));
    }

    @Test
    void aLevelTwoAccountIsAnsweredFromItsRecord() {
        Reply reply = engine.respond(DialogueState.EMPTY, "làm tài khoản định danh điện tử mức độ 2 ở đâu");
        assertEquals("tthc-" + LEVEL_TWO, reply.procedureId(), reply.text());
    }

    @Test
    void signingInIsTheGuides() {
        assertEquals("dvc-tai-khoan-dang-nhap", engine.respond(DialogueState.EMPTY, "quên mật khẩu đăng nhập dịch vụ công phải làm sao").procedureId());
    }
}
