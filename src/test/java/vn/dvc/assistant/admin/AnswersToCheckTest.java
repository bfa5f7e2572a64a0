package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.dvc.assistant.curation.CurationProfile;

/** Answers to check without a thumbs down: unsure, asked again at once, or rated down with a comment. */
@QuarkusTest
@TestProfile(CurationProfile.class)
class AnswersToCheckTest {

    @Test
    void anAnswerAskedAgainInTheNextTurnIsListedWithTheNextQuestion() {
        String first = "chấm dứt hộ kinh doanh cần giấy tờ gì";
        JsonPath turn1 = chat(null, first);
        assertEquals("documents", turn1.getString("aspect"));
        String id = turn1.getString("conversationId");
        String again = "vậy hồ sơ chấm dứt hộ kinh doanh gồm những giấy tờ gì";
        assertEquals("documents", chat(id, again).getString("aspect"));

        List<Map<String, Object>> rephrased = answers("rephrased", null).getList("items");
        Map<String, Object> listed = rephrased.stream().filter(a -> id.equals(a.get("conversationId"))).findFirst().orElseThrow();
        assertEquals(1, listed.get("turn"));
        assertEquals(again, listed.get("nextMessage"));
        assertEquals("hkd-cham-dut-hoat-dong", listed.get("procedureId"));
        assertTrue(rephrased.stream().noneMatch(a -> id.equals(a.get("conversationId")) && Integer.valueOf(2).equals(a.get("turn"))));
    }

    @Test
    void aThumbsDownIsListedWithItsCommentAndTheScoreFiltersUnsureAnswers() {
        JsonPath reply = chat(null, "tạm ngừng kinh doanh mất bao lâu");
        String id = reply.getString("conversationId");
        given().contentType(ContentType.JSON).body(Map.of("conversationId", id, "turn", 1, "useful", false, "comment", "thiếu thời hạn"))
                .when().post("/api/v1/feedback").then().statusCode(201);
        Map<String, Object> down = answers("thumbs_down", null).<Map<String, Object>>getList("items").stream()
                .filter(a -> id.equals(a.get("conversationId"))).findFirst().orElseThrow();
        assertEquals("thiếu thời hạn", down.get("comment"));
        assertEquals(false, down.get("useful"));

        float score = ((Number) down.get("score")).floatValue();
        assertTrue(answers("low_confidence", String.valueOf(Math.min(1.0, score + 0.001))).<String>getList("items.conversationId").contains(id));
        assertTrue(!answers("low_confidence", String.valueOf(Math.max(0.0, score - 0.001))).<String>getList("items.conversationId")
                .contains(id));
    }

    @Test
    void badFiltersGetAClearJsonError() {
        for (String query : List.of("", "?filter=everything", "?filter=low_confidence&maxScore=2", "?filter=low_confidence&maxScore=x")) {
            given().header("Authorization", "Bearer " + CurationProfile.TOKEN).when().get("/api/v1/admin/answers" + query)
                    .then().statusCode(400).contentType(ContentType.JSON).body("status", equalTo(400));
        }
    }

    private static JsonPath chat(String conversationId, String message) {
        Map<String, String> body = conversationId == null ? Map.of("message", message)
                : Map.of("conversationId", conversationId, "message", message);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/chat").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath answers(String filter, String maxScore) {
        return given().header("Authorization", "Bearer " + CurationProfile.TOKEN)
                .queryParam("filter", filter).queryParam("size", 200)
                .queryParams(maxScore == null ? Map.of() : Map.of("maxScore", maxScore))
                .when().get("/api/v1/admin/answers").then().statusCode(200).extract().jsonPath();
    }
}
