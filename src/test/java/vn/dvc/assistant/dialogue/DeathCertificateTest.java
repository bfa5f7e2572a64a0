package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Giấy chứng tử", the old name of the death certificate: a citizen who asks to make one registers the death; one who
 * lost it, or wants it again or a copy, asks for a copy of the extract.
 */
class DeathCertificateTest {

    private static final String DEATH = "1.000656";
    private static final String EXTRACT = "2.000635";

    private static DialogueEngine engine;

    @BeforeAll
    static void build(@TempDir Path folder) throws IOException {
        engine = EngineOverRecords.build(folder, Map.of(DEATH, "Thủ tục đăng ký khai tử",
                EXTRACT, "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"));
    }

    @ParameterizedTest
    @CsvSource({
            "làm giấy chứng tử, " + DEATH,
            "lam giay chung tu cho ba, " + DEATH,
            "xin lại giấy chứng tử, " + EXTRACT,
            "mất giấy chứng tử của ông thì làm sao, " + EXTRACT,
            "xin bản sao giấy chứng tử, " + EXTRACT,
    })
    void makingOneRegistersTheDeathAgainOrACopyIsTheExtract(String question, String code) {
        Reply reply = engine.respond(DialogueState.EMPTY, question);
        assertEquals("tthc-" + code, EngineOverRecords.answeredOrFirstOffered(reply), reply.type() + " " + reply.text());
    }
}
