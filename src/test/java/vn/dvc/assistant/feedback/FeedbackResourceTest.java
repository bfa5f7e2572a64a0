package vn.dvc.assistant.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class FeedbackResourceTest {

    private static final String ANSWERED_QUESTION = "chấm dứt hộ kinh doanh cần giấy tờ gì";

    @Test
    void storesARatingOfAnAnswer() {
        String conversation = conversationWith(ANSWERED_QUESTION);

        post(Map.of("conversationId", conversation, "turn", 1, "useful", false, "comment", "  Thiếu mẫu đơn  "))
                .statusCode(201)
                .body("conversationId", equalTo(conversation))
                .body("turn", equalTo(1))
                .body("useful", equalTo(false))
                .body("comment", equalTo("Thiếu mẫu đơn"));

        List<Feedback> stored = QuarkusTransaction.requiringNew()
                .call(() -> Feedback.<Feedback>list("conversationId", conversation));
        assertEquals(1, stored.size());
        assertEquals(1, stored.get(0).turn);
        assertFalse(stored.get(0).useful);
        assertEquals("Thiếu mẫu đơn", stored.get(0).comment);
    }

    @Test
    void theCommentIsOptional() {
        String conversation = conversationWith(ANSWERED_QUESTION);

        post(Map.of("conversationId", conversation, "turn", 1, "useful", true))
                .statusCode(201)
                .body("useful", equalTo(true))
                .body("comment", nullValue());
    }

    @Test
    void anAnswerIsRatedOnce() {
        String conversation = conversationWith(ANSWERED_QUESTION);
        post(Map.of("conversationId", conversation, "turn", 1, "useful", true)).statusCode(201);

        error(post(Map.of("conversationId", conversation, "turn", 1, "useful", false)), 409, "feedback_exists");
    }

    @Test
    void usefulMustBeAJsonBoolean() {
        String conversation = conversationWith(ANSWERED_QUESTION);

        error(post(Map.of("conversationId", conversation, "turn", 1)), 400, "invalid_useful");
        error(post(Map.of("conversationId", conversation, "turn", 1, "useful", "yes")), 400, "invalid_useful");
        error(post(Map.of("conversationId", conversation, "turn", 1, "useful", "true")), 400, "invalid_useful");
        error(post(Map.of("conversationId", conversation, "turn", 1, "useful", 1)), 400, "invalid_useful");
    }

    @Test
    void aCommentHasAtMost500Characters() {
        String conversation = conversationWith(ANSWERED_QUESTION);

        error(post(Map.of("conversationId", conversation, "turn", 1, "useful", false, "comment", "x".repeat(501))),
                400, "comment_too_long");
        post(Map.of("conversationId", conversation, "turn", 1, "useful", false, "comment", "x".repeat(500))).statusCode(201);
    }

    @Test
    void theTurnMustExistAndBeAnAnswer() {
        String conversation = conversationWith("xin chào");

        error(post(Map.of("conversationId", conversation, "useful", true)), 400, "invalid_turn");
        error(post(Map.of("conversationId", conversation, "turn", 0, "useful", true)), 400, "invalid_turn");
        error(post(Map.of("conversationId", conversation, "turn", 2, "useful", true)), 404, "unknown_turn");
        error(post(Map.of("conversationId", conversation, "turn", 1, "useful", true)), 400, "not_an_answer");
    }

    @Test
    void theConversationMustBeAKnownWebConversation() {
        error(post(Map.of("turn", 1, "useful", true)), 400, "missing_conversation_id");
        error(post(Map.of("conversationId", "../admin", "turn", 1, "useful", true)), 400, "invalid_conversation_id");
        error(post(Map.of("conversationId", "3f2b8c1e-0000-4000-8000-000000000000", "turn", 1, "useful", true)),
                404, "unknown_conversation");
    }

    /** Issue 15: "1" and 1.5 were taken as turn 1, where the chat endpoint is strict. */
    @Test
    void theTurnMustBeAWholeJsonNumber() {
        String conversation = conversationWith(ANSWERED_QUESTION);

        error(post(Map.of("conversationId", conversation, "turn", "1", "useful", true)), 400, "invalid_json");
        error(post(Map.of("conversationId", conversation, "turn", 1.5, "useful", true)), 400, "invalid_json");
        error(post(Map.of("conversationId", conversation, "turn", true, "useful", true)), 400, "invalid_json");
    }

    /** Issue 15: a NUL in a comment got 503 on PostgreSQL, as if the database were down. */
    @Test
    void aCommentWithANulCharacterIsRefused() {
        String conversation = conversationWith(ANSWERED_QUESTION);

        error(post(Map.of("conversationId", conversation, "turn", 1, "useful", false, "comment", "tốt\u0000quá")), 400, "invalid_text");
        post(Map.of("conversationId", conversation, "turn", 1, "useful", false, "comment", "tốt quá")).statusCode(201);
    }

    @Test
    void aCommentIsAddedOnceToARatingMadeWithoutOne() {
        String conversation = conversationWith(ANSWERED_QUESTION);
        error(comment(Map.of("conversationId", conversation, "turn", 1, "comment", "Thiếu mẫu đơn")), 404, "not_rated");
        post(Map.of("conversationId", conversation, "turn", 1, "useful", false)).statusCode(201);
        error(comment(Map.of("conversationId", conversation, "turn", 1, "comment", "   ")), 400, "empty_comment");

        comment(Map.of("conversationId", conversation, "turn", 1, "comment", " Thiếu mẫu đơn, gọi 0903 123 456 "))
                .statusCode(200)
                .body("useful", equalTo(false))
                .body("comment", equalTo("Thiếu mẫu đơn, gọi [số điện thoại]"));
        error(comment(Map.of("conversationId", conversation, "turn", 1, "comment", "Thêm nữa")), 409, "comment_exists");

        List<Feedback> stored = QuarkusTransaction.requiringNew()
                .call(() -> Feedback.<Feedback>list("conversationId", conversation));
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).useful);
        assertEquals("Thiếu mẫu đơn, gọi [số điện thoại]", stored.get(0).comment);
        error(given().contentType(ContentType.JSON).when().post("/api/v1/feedback/comment").then(), 400, "missing_body");
    }

    @Test
    void aBrokenBodyGetsAJsonError() {
        given().contentType(ContentType.JSON).body("{\"turn\": ").when().post("/api/v1/feedback")
                .then().statusCode(400).contentType(ContentType.JSON).body("status", equalTo(400));
        error(given().contentType(ContentType.JSON).when().post("/api/v1/feedback").then(), 400, "missing_body");
    }

    private static String conversationWith(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat")
                .then().statusCode(200).extract().path("conversationId");
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(new HashMap<>(body)).when().post("/api/v1/feedback").then();
    }

    private static ValidatableResponse comment(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(new HashMap<>(body)).when().post("/api/v1/feedback/comment").then();
    }

    private static void error(ValidatableResponse response, int status, String error) {
        response.statusCode(status).contentType(ContentType.JSON)
                .body("status", equalTo(status))
                .body("error", equalTo(error));
    }
}
