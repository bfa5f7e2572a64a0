package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FoldedQuestionTest {

    @Inject
    FoldedQuestionBackfill backfill;

    @Test
    void aTurnKeepsItsMaskedQuestionFolded() {
        String id = ask("Số của tôi là 0912 345 678, ĐĂNG KÝ hộ kinh doanh thế nào?");
        assertEquals("so cua toi la so dien thoai dang ki ho kinh doanh the nao", foldedQuestionOf(id));
    }

    @Test
    void turnsStoredBeforeTheColumnExistedAreFoldedAtStart() {
        String id = ask("Chấm dứt hộ kinh doanh mất bao lâu?");
        QuarkusTransaction.requiringNew().run(() ->
                ConversationTurn.update("foldedQuestion = null where conversation.id = ?1", id));
        assertNull(foldedQuestionOf(id));

        backfill.fillAll();

        assertEquals("cham dut ho kinh doanh mat bao lau", foldedQuestionOf(id));
    }

    private static String foldedQuestionOf(String conversationId) {
        return QuarkusTransaction.requiringNew().call(() -> ConversationTurn.<ConversationTurn>find(
                "conversation.id = ?1 and position = 1", conversationId).singleResult().foldedQuestion);
    }

    private static String ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200).extract().path("conversationId");
    }
}
