package vn.dvc.assistant.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvc.assistant.evaluation.ConfigDefaults;
import vn.dvc.assistant.knowledge.DatedText;
import vn.dvc.assistant.knowledge.KnowledgeBaseLoader;
import vn.dvc.assistant.province.ShippedProfiles;
import vn.dvc.assistant.ranking.Weights;
import vn.dvc.assistant.search.GuideIndex;

/**
 * The enterprise-registration fee is reduced until 31 December 2026: the assistant states the reduction until then
 * and its end from the next day, from the same guide, by the clock.
 */
class DatedAnswerTest {

    private static final GuideIndex INDEX = GuideIndex.build(KnowledgeBaseLoader.load(Path.of("knowledge-base")));
    private static final String QUESTION = "chuyển hộ kinh doanh lên công ty tốn bao nhiêu tiền";

    private static Reply askOn(LocalDateTime vietnamTime) {
        Clock clock = Clock.fixed(vietnamTime.atZone(DatedText.ZONE).toInstant(), DatedText.ZONE);
        DialogueEngine engine = new DialogueEngine(() -> INDEX, ConfigDefaults.of(DialogueConfig.class, Map.of()), Weights.fitted(),
                ShippedProfiles.national(), clock);
        Reply reply = engine.respond(DialogueState.EMPTY, QUESTION);
        assertEquals("dn-chuyen-doi-tu-hkd", reply.procedureId());
        assertEquals("fees", reply.aspect());
        assertFalse(reply.text().contains("[đến") || reply.text().contains("[từ"), reply.text());
        return reply;
    }

    @Test
    void theReductionIsStatedUntilItsLastDay() {
        String text = askOn(LocalDateTime.of(2026, 12, 31, 23, 30)).text();
        assertTrue(text.contains("được giảm đến hết ngày 31/12/2026"), text);
        assertFalse(text.contains("đã hết hạn"), text);
    }

    @Test
    void fromTheNextDayItsEndIsStatedInstead() {
        // 00:30 on 1 January in Vietnam is still 31 December in UTC: the guide's dates are Vietnam's days.
        String text = askOn(LocalDateTime.of(2027, 1, 1, 0, 30)).text();
        assertTrue(text.contains("đã hết hạn ngày 31/12/2026"), text);
        assertFalse(text.contains("được giảm đến hết ngày 31/12/2026"), text);
        assertTrue(text.contains("Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần"), "undated lines stay: " + text);
    }
}
