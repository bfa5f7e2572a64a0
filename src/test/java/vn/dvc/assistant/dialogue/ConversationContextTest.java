package vn.dvc.assistant.dialogue;

import static io.restassured.RestAssured.given;
import static vn.dvc.assistant.chat.ChatTurns.say;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A conversation is read in its context, across turns, through the real API and database. */
@QuarkusTest
class ConversationContextTest {


    @Test
    void aFollowUpIsAboutTheProcedureInFocus() {
        JsonPath first = say(null, "Tôi muốn chấm dứt hộ kinh doanh");
        String id = first.getString("conversationId");
        assertEquals("hkd-cham-dut-hoat-dong", first.getString("procedureId"));

        JsonPath fees = say(id, "còn lệ phí thì sao?");
        assertEquals("answer", fees.getString("type"));
        assertEquals("hkd-cham-dut-hoat-dong", fees.getString("procedureId"));
        assertEquals("fees", fees.getString("aspect"));

        JsonPath where = say(id, "nop o dau vay");
        assertEquals("hkd-cham-dut-hoat-dong", where.getString("procedureId"));
        assertEquals("where", where.getString("aspect"));
    }

    @Test
    void aProcedureNamedMidConversationTakesTheFocus() {
        String id = say(null, "tạm ngừng kinh doanh").getString("conversationId");
        JsonPath switched = say(id, "thế còn giải thể hẳn thì cần giấy tờ gì");
        assertEquals("hkd-cham-dut-hoat-dong", switched.getString("procedureId"));
        assertEquals("documents", switched.getString("aspect"));
        assertEquals("hkd-cham-dut-hoat-dong", say(id, "mấy ngày xong").getString("procedureId"));
    }

    @Test
    void aClarifyingQuestionIsAnsweredByTheQuickReplyOrItsNumber() {
        JsonPath clarify = say(null, "hộ kinh doanh");
        assertEquals("clarify", clarify.getString("type"));
        List<String> choices = clarify.getList("quickReplies");
        String id = clarify.getString("conversationId");
        String chosen = choices.stream().filter(c -> c.startsWith("Chấm dứt")).findFirst().orElseThrow();
        JsonPath answer = say(id, chosen);
        assertEquals("answer", answer.getString("type"));
        assertEquals("hkd-cham-dut-hoat-dong", answer.getString("procedureId"));

        JsonPath again = say(null, "ngừng kinh doanh");
        assertEquals("clarify", again.getString("type"));
        List<String> offered = again.getList("quickReplies");
        int tamNgung = offered.indexOf(offered.stream().filter(c -> c.toLowerCase().startsWith("tạm ngừng")).findFirst().orElseThrow());
        JsonPath byNumber = say(again.getString("conversationId"), String.valueOf(tamNgung + 1));
        assertEquals("hkd-tam-ngung-kinh-doanh", byNumber.getString("procedureId"));
    }

    @Test
    void anAspectAskedBeforeTheProcedureIsKeptThroughTheClarification() {
        JsonPath clarify = say(null, "lệ phí bao nhiêu");
        assertEquals("clarify", clarify.getString("type"));
        JsonPath answer = say(clarify.getString("conversationId"), "đăng ký hộ kinh doanh");
        assertEquals("hkd-dang-ky-thanh-lap", answer.getString("procedureId"));
        assertEquals("fees", answer.getString("aspect"));
    }

    @Test
    void somethingOutsideTheKnowledgeBaseGetsAnHonestFallbackEvenMidConversation() {
        String id = say(null, "đăng ký hộ kinh doanh cần gì").getString("conversationId");
        JsonPath fallback = say(id, "làm hộ chiếu thì sao");
        assertEquals("fallback", fallback.getString("type"));
        assertEquals(null, fallback.getString("procedureId"));
        given().contentType(ContentType.JSON).body(Map.of("conversationId", id, "message", "mẫu đơn ở đâu"))
                .when().post("/api/v1/chat")
                .then().statusCode(200).body("procedureId", equalTo("hkd-dang-ky-thanh-lap")).body("aspect", equalTo("forms"));
    }

    @Test
    void anAnswerCarriesItsSourceAndNextQuestions() {
        given().contentType(ContentType.JSON).body(Map.of("message", "cham dut hkd mat bao lau"))
                .when().post("/api/v1/chat")
                .then().statusCode(200)
                .body("type", equalTo("answer"))
                .body("text", not(emptyOrNullString()))
                .body("sources[0].url", equalTo(
                        given().get("/api/v1/procedures/hkd-cham-dut-hoat-dong").jsonPath().getString("sources[0].url")))
                .body("quickReplies", hasItem("Lệ phí bao nhiêu?"))
                .body("quickReplies", not(hasItem("Mất bao lâu?")));
    }

    @Test
    void theConversationCanBeReadBack() {
        String id = say(null, "Xin chào").getString("conversationId");
        say(id, "đăng ký hộ kinh doanh cần giấy tờ gì");
        given().when().get("/api/v1/conversations/" + id)
                .then().statusCode(200)
                .body("conversationId", equalTo(id))
                .body("turns", hasSize(2))
                .body("turns[0].type", equalTo("smalltalk"))
                .body("turns[1].message", equalTo("đăng ký hộ kinh doanh cần giấy tờ gì"))
                .body("turns[1].aspect", equalTo("documents"))
                .body("turns[1].sources[0].url", not(emptyOrNullString()));
    }
}
