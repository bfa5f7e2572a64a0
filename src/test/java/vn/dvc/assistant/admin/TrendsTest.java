package vn.dvc.assistant.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import vn.dvc.assistant.conversation.Conversation;
import vn.dvc.assistant.conversation.ConversationTurn;
import vn.dvc.assistant.feedback.Feedback;

/**
 * Trends per day and per channel over turns and ratings sent through the chat API, then moved to chosen moments of
 * three days six weeks ago (other tests write today; the retention of 90 days keeps them), on both sides of Vietnam's
 * midnights.
 */
@QuarkusTest
@TestProfile(AdminProfile.class)
class TrendsTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CLOSING = "chấm dứt hộ kinh doanh cần giấy tờ gì";
    private static final LocalDate FIRST_DAY = LocalDate.now(VIETNAM).minusDays(42);

    private static String first;
    private static String second;
    private static String onZalo;

    /**
     * Three conversations, once for the class: one answered and rated up, one fallback and smalltalk, one answered on Zalo
     * and rated down. Not in a static BeforeAll: the HTTP port is known only once the test instance is.
     */
    @BeforeEach
    void threeDaysOfConversations() {
        if (first != null) {
            return;
        }
        first = AdminApiTest.ask(CLOSING, "answer");
        rate(first, 1, true);
        second = AdminApiTest.ask("đổi bằng lái xe máy ở đâu zqtrend", "fallback");
        AdminApiTest.chat(second, "xin chào");
        onZalo = AdminApiTest.ask(CLOSING, "answer");
        rate(onZalo, 1, false);
        QuarkusTransaction.requiringNew().run(() -> {
            move(first, 1, at(1, "10:00"));
            rated(first, at(1, "23:59:59"));
            move(second, 1, at(2, "00:00"));
            move(second, 2, at(2, "00:01"));
            move(onZalo, 1, at(2, "12:00"));
            rated(onZalo, at(3, "00:30"));
            Conversation.update("channel = 'zalo' where id = ?1", onZalo);
        });
    }

    @Test
    void questionsAnswerRateAndRatingsAreCountedOnTheirDayInVietnam() {
        JsonPath trends = trends(Map.of()).extract().jsonPath();
        assertEquals(List.of(day(1), day(2), day(3)), trends.getList("days.date"));
        assertEquals(List.of(1, 2, 0), trends.getList("days.questions"));
        assertEquals(List.of(1, 1, 0), trends.getList("days.answers"));
        assertEquals(List.of(0, 1, 0), trends.getList("days.fallbacks"));
        assertEquals(1.0, trends.getDouble("days[0].answerRate"), 1e-9);
        assertEquals(0.5, trends.getDouble("days[1].answerRate"), 1e-9);
        assertNull(trends.get("days[2].answerRate"), "no question that day");
        assertEquals(List.of(1, 0, 0), trends.getList("days.up"), "rated at 23:59:59 in Vietnam: still the first day");
        assertEquals(List.of(0, 0, 1), trends.getList("days.down"), "rated at 00:30 in Vietnam: the third day");
    }

    @Test
    void aChannelNarrowsTheDaysAndEveryChannelHasItsTotals() {
        trends(Map.of("channel", "zalo"))
                .body("channel", equalTo("zalo"))
                .body("days.questions", contains(0, 1, 0))
                .body("days.answers", contains(0, 1, 0))
                .body("days.down", contains(0, 0, 1))
                .body("days.up", contains(0, 0, 0))
                .body("channels.channel", contains("web", "zalo"))
                .body("channels[0].questions", equalTo(2)).body("channels[0].answers", equalTo(1))
                .body("channels[0].up", equalTo(1)).body("channels[0].answerRate", equalTo(0.5f))
                .body("channels[1].questions", equalTo(1)).body("channels[1].down", equalTo(1));
    }

    @Test
    void aTopProcedureLeadsToTheConversationsItAnswered() {
        admin().queryParam("from", day(1)).queryParam("to", day(3)).get(AdminGuard.ADMIN_PATH + "/top/procedures")
                .then().statusCode(200).body("procedureId", contains("hkd-cham-dut-hoat-dong")).body("answers", contains(2));
        admin().queryParam("from", day(1)).queryParam("to", day(3)).queryParam("procedure", "hkd-cham-dut-hoat-dong")
                .get(AdminGuard.ADMIN_PATH + "/conversations")
                .then().statusCode(200).body("items.id", contains(onZalo, first)).body("total", equalTo(2));
        admin().queryParam("from", day(1)).queryParam("to", day(1)).queryParam("procedure", "hkd-cham-dut-hoat-dong")
                .get(AdminGuard.ADMIN_PATH + "/conversations")
                .then().statusCode(200).body("items.id", contains(first));
    }

    @Test
    void badInputGetsAClearJsonError() {
        admin().queryParam("from", "2020-01-01").queryParam("to", "2021-01-01").get(AdminGuard.ADMIN_PATH + "/trends")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_period"));
        admin().queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get(AdminGuard.ADMIN_PATH + "/trends")
                .then().statusCode(200).body("days.size()", equalTo(365));
        admin().queryParam("channel", "Zalo!").get(AdminGuard.ADMIN_PATH + "/trends")
                .then().statusCode(400).body("error", equalTo("invalid_channel"));
        admin().queryParam("from", "2021-13-01").get(AdminGuard.ADMIN_PATH + "/trends")
                .then().statusCode(400).body("error", equalTo("invalid_date"));
        admin().queryParam("procedure", "<script>").get(AdminGuard.ADMIN_PATH + "/conversations")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_procedure"));
        given().when().get(AdminGuard.ADMIN_PATH + "/trends").then().statusCode(401).contentType(ContentType.JSON);
    }

    private static io.restassured.response.ValidatableResponse trends(Map<String, String> query) {
        return admin().queryParam("from", day(1)).queryParam("to", day(3)).queryParams(query)
                .get(AdminGuard.ADMIN_PATH + "/trends").then().statusCode(200).contentType(ContentType.JSON);
    }

    /** The {@code n}th of the three days, as an ISO date. */
    private static String day(int n) {
        return FIRST_DAY.plusDays(n - 1L).toString();
    }

    /** A time in Vietnam on the {@code n}th of the three days. */
    private static Instant at(int n, String time) {
        return FIRST_DAY.plusDays(n - 1L).atTime(LocalTime.parse(time)).atZone(VIETNAM).toInstant();
    }

    /** Moves a turn, and its conversation's first and last moments with it (in a transaction). */
    static void move(String conversationId, int turn, Instant when) {
        ConversationTurn.update("createdAt = ?1 where conversation.id = ?2 and position = ?3", when, conversationId, turn);
        if (turn == 1) {
            Conversation.update("createdAt = ?1 where id = ?2", when, conversationId);
        }
        Conversation.update("updatedAt = ?1 where id = ?2", when, conversationId);
    }

    static void rated(String conversationId, Instant when) {
        Feedback.update("createdAt = ?1 where conversationId = ?2", when, conversationId);
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + AdminProfile.TOKEN).when();
    }

    static void rate(String conversationId, int turn, boolean useful) {
        given().contentType(ContentType.JSON).body(Map.of("conversationId", conversationId, "turn", turn, "useful", useful))
                .when().post("/api/v1/feedback").then().statusCode(201);
    }
}
