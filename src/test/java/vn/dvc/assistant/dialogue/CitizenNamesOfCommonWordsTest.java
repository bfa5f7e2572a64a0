package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name citizens use made of common words whose pair is rare ("giấy báo tử": "báo" and "tử" are in hundreds of names,
 * "báo tử" in a few) names its procedure; the shipped vocabulary gives it to the death registration.
 */
class CitizenNamesOfCommonWordsTest {

    private static final String DEATH = "1.000656";
    private static final String EXTRACT = "2.000635";

    /** Made-up procedures whose names make "giấy", "báo" and "tử" as common as the national catalogue does. */
    private static final List<String> BIRDS = List.of("sáo", "yến", "khướu", "họa mi", "chích chòe", "vành khuyên", "cu gáy",
            "bồ câu", "vẹt", "chào mào", "sẻ đồng", "công", "trĩ", "gà lôi", "hồng hoàng", "cò trắng", "diệc", "le le", "vịt trời", "bói cá");

    private static DialogueEngine engine;

    @BeforeAll
    static void buildOverCivilStatus(@TempDir Path folder) throws IOException {
        Map<String, String> names = new HashMap<>(Map.of(DEATH, "Thủ tục đăng ký khai tử",
                EXTRACT, "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh"));
        for (int i = 0; i < BIRDS.size(); i++) {
            names.put("9.0003%02d".formatted(i), "Thông báo cấp giấy phép điện tử nuôi chim " + BIRDS.get(i));
        }
        engine = EngineOverRecords.build(folder, names);
    }

    @Test
    void aRarePairOfCommonWordsNamesTheProcedure() {
        Reply reply = engine.respond(DialogueState.EMPTY, "bố em mới mất hôm qua, gia đình cần làm giấy báo tử thì làm thế nào ạ");
        assertEquals("tthc-" + DEATH, EngineOverRecords.answeredOrFirstOffered(reply), reply.type() + " " + reply.text());
    }
}
