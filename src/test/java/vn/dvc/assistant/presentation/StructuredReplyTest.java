package vn.dvc.assistant.presentation;

import static io.restassured.RestAssured.given;
import static vn.dvc.assistant.chat.ChatTurns.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The structured fields of the chat API, over HTTP, on live replies and on a reloaded conversation alike. */
@QuarkusTest
class StructuredReplyTest {

    @Test
    void anAnswerHasItsTitleAndBlocksBesideTheContractsText() {
        JsonPath answer = say(null, "các bước đăng ký hộ kinh doanh");
        assertEquals("answer", answer.getString("type"));
        assertEquals("steps", answer.getString("aspect"));
        assertTrue(answer.getString("text").startsWith(answer.getString("title") + "\n\n"), "the text is kept whole");
        assertEquals("Đăng ký thành lập hộ kinh doanh – Các bước thực hiện", answer.getString("title"));
        assertEquals(List.of("paragraph", "steps", "paragraph", "steps"), answer.getList("blocks.kind"));
        assertEquals("Nộp trực tiếp hoặc qua bưu chính:", answer.getString("blocks[0].text"));
        assertEquals(3, answer.getList("blocks[1].items").size());
        assertTrue(answer.getString("blocks[1].items[0]").startsWith("Chủ hộ"), answer.getString("blocks[1].items[0]"));
        assertNull(answer.get("blocks[1].text"), "a list has items, no text");
        assertEquals(answer.getList("quickReplies"), answer.getList("choices.message"));
        List<String> replies = answer.getList("quickReplies");
        List<String> labels = answer.getList("choices.label");
        for (int i = 0; i < replies.size(); i++) {
            if (replies.get(i).length() <= ChoiceLabels.LIMIT) {
                assertEquals(replies.get(i), labels.get(i), "short questions are their own labels");
            }
        }
    }

    @Test
    void aClarifyingQuestionOffersItsChoicesOnceWithShortDistinctLabels() {
        JsonPath clarify = say(null, "hộ kinh doanh");
        assertEquals("clarify", clarify.getString("type"));
        List<String> names = clarify.getList("quickReplies");
        assertEquals(names, clarify.getList("choices.message"), "each choice sends back the full name");
        List<String> labels = clarify.getList("choices.label");
        assertEquals(names.size(), new HashSet<>(labels).size(), labels.toString());
        assertTrue(labels.stream().allMatch(label -> label.length() <= ChoiceLabels.LIMIT), labels.toString());
        assertTrue(labels.size() >= 2, labels.toString());
        assertTrue(labels.stream().allMatch(label -> !label.isBlank()), labels.toString());
        assertEquals(List.of("paragraph"), clarify.getList("blocks.kind"), "the numbered names are not repeated as blocks");

        JsonPath picked = say(clarify.getString("conversationId"), clarify.getString("choices[1].message"));
        assertEquals("answer", picked.getString("type"));

        JsonPath history = given().when().get("/api/v1/conversations/" + clarify.getString("conversationId"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(clarify.getList("choices"), history.getList("turns[0].choices"));
        assertEquals(clarify.getList("blocks"), history.getList("turns[0].blocks"));
        assertEquals(picked.getString("title"), history.getString("turns[1].title"));
        assertEquals(picked.getList("blocks"), history.getList("turns[1].blocks"));
    }

    @Test
    void aFallbackIsParagraphsWithoutATitle() {
        JsonPath fallback = say(null, "thủ tục cấp hộ chiếu phổ thông");
        assertEquals("fallback", fallback.getString("type"));
        assertNull(fallback.get("title"));
        assertFalse(fallback.getList("blocks").isEmpty());
        assertEquals(List.of("paragraph"), fallback.getList("blocks.kind").stream().distinct().toList());
    }

    @Test
    void theStartersAreTheFeaturedProceduresWithShortLabels() {
        JsonPath starters = given().when().get("/api/v1/starters").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Đăng ký thành lập", "Thay đổi nội dung", "Tạm ngừng kinh doanh", "Chấm dứt hoạt động"),
                starters.getList("choices.label"));
        JsonPath answer = say(null, starters.getString("choices[3].message"));
        assertEquals("answer", answer.getString("type"));
        assertEquals("hkd-cham-dut-hoat-dong", answer.getString("procedureId"));
    }

}
