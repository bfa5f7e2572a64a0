package vn.dvc.assistant.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.dvc.assistant.channels.FailedSend;
import vn.dvc.assistant.channels.FailedSends;
import vn.dvc.assistant.channels.SendOutcome;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.feedback.Feedback;

/** Personal data typed by citizens reaches the database masked, and the answers are those to what they typed. */
@QuarkusTest
class PersonalDataStorageTest {

    @Inject
    FailedSends failedSends;

    @Test
    void aTurnIsStoredMaskedAndAnsweredAsTyped() {
        String question = "chấm dứt hộ kinh doanh cần giấy tờ gì 0903123456";
        String conversation = given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat")
                .then().statusCode(200)
                .body("type", equalTo("answer"))
                .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .extract().path("conversationId");

        given().when().get("/api/v1/conversations/" + conversation)
                .then().statusCode(200)
                .body("turns[0].message", equalTo("chấm dứt hộ kinh doanh cần giấy tờ gì [số điện thoại]"));
        String stored = QuarkusTransaction.requiringNew().call(() -> ConversationTurn
                .<ConversationTurn>find("conversation.id", conversation).firstResult().message);
        assertEquals("chấm dứt hộ kinh doanh cần giấy tờ gì [số điện thoại]", stored);
    }

    /** Issue 15: these forms were stored unmasked or half masked; sent over HTTP, the database holds them masked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chấm dứt hộ kinh doanh, CCCD 079.123.456.789 | chấm dứt hộ kinh doanh, CCCD [số CCCD/CMND]",
            "chấm dứt hộ kinh doanh, sđt 0903\u00A0123\u00A0456 | chấm dứt hộ kinh doanh, sđt [số điện thoại]",
            "chấm dứt hộ kinh doanh, sđt ０９０３１２３４５６ | chấm dứt hộ kinh doanh, sđt [số điện thoại]",
            "chấm dứt hộ kinh doanh, sđt 09\u200B03\u200C123\u200D456 | chấm dứt hộ kinh doanh, sđt [số điện thoại]",
            "chấm dứt hộ kinh doanh, email a.b(at)example.com | chấm dứt hộ kinh doanh, email [email]",
            "chấm dứt hộ kinh doanh, STK 0123456789012 | chấm dứt hộ kinh doanh, STK [số tài khoản]",
            "chấm dứt hộ kinh doanh, hộ chiếu C1234567 | chấm dứt hộ kinh doanh, hộ chiếu [số hộ chiếu]",
    })
    void formsThatSlippedPastAreStoredMasked(String typed, String stored) {
        String conversation = given().contentType(ContentType.JSON).body(Map.of("message", typed.translateEscapes()))
                .when().post("/api/v1/chat")
                .then().statusCode(200).extract().path("conversationId");

        given().when().get("/api/v1/conversations/" + conversation)
                .then().statusCode(200).body("turns[0].message", equalTo(stored));
        assertEquals(stored, QuarkusTransaction.requiringNew().call(() -> ConversationTurn
                .<ConversationTurn>find("conversation.id", conversation).firstResult().message));
    }

    @Test
    void aFeedbackCommentIsStoredMasked() {
        String conversation = given().contentType(ContentType.JSON)
                .body(Map.of("message", "chấm dứt hộ kinh doanh cần giấy tờ gì"))
                .when().post("/api/v1/chat").then().statusCode(200).extract().path("conversationId");

        given().contentType(ContentType.JSON)
                .body(Map.of("conversationId", conversation, "turn", 1, "useful", false,
                        "comment", "Thiếu mẫu đơn, gọi tôi 0903 123 456 hoặc a.b@gmail.com"))
                .when().post("/api/v1/feedback")
                .then().statusCode(201)
                .body("comment", equalTo("Thiếu mẫu đơn, gọi tôi [số điện thoại] hoặc [email]"));
        String stored = QuarkusTransaction.requiringNew().call(() -> Feedback
                .<Feedback>find("conversationId", conversation).firstResult().comment);
        assertEquals("Thiếu mẫu đơn, gọi tôi [số điện thoại] hoặc [email]", stored);
    }

    @Test
    void aLongestCommentStillFitsOnceMasked() {
        String conversation = given().contentType(ContentType.JSON)
                .body(Map.of("message", "chấm dứt hộ kinh doanh cần giấy tờ gì"))
                .when().post("/api/v1/chat").then().statusCode(200).extract().path("conversationId");
        String phones = "0903123456 ".repeat(Feedback.MAX_COMMENT_LENGTH / 11);

        given().contentType(ContentType.JSON)
                .body(Map.of("conversationId", conversation, "turn", 1, "useful", false, "comment", phones))
                .when().post("/api/v1/feedback")
                .then().statusCode(201);
        String stored = QuarkusTransaction.requiringNew().call(() -> Feedback
                .<Feedback>find("conversationId", conversation).firstResult().comment);
        assertEquals(Feedback.MAX_COMMENT_LENGTH, stored.length());
    }

    @Test
    void aFailedSendIsStoredMasked() {
        failedSends.record("zalo", "masked-payload-recipient", SendOutcome.permanentFailure("-201", "invalid"), 1,
                "{\"recipient\":{\"user_id\":\"2468458835296117922\"},\"message\":{\"text\":\"CCCD 079123456789 đã nhận\"}}");

        String payload = QuarkusTransaction.requiringNew().call(() -> FailedSend
                .<FailedSend>find("recipient", "masked-payload-recipient").firstResult().payload);
        assertEquals("{\"recipient\":{\"user_id\":\"2468458835296117922\"},\"message\":{\"text\":\"CCCD [số CCCD/CMND] đã nhận\"}}",
                payload);
    }

    @Test
    void theNoticeStatesTheConfiguredRetention() {
        given().when().get("/api/v1/privacy")
                .then().statusCode(200)
                .body("retentionDays", equalTo(90))
                .body("notice", equalTo("Cuộc trò chuyện được lưu 90 ngày để cải thiện dịch vụ. "
                        + "Số điện thoại, số CCCD, email và mã số thuế được che trước khi lưu."));
    }
}
