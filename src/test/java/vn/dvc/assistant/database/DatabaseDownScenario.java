package vn.dvc.assistant.database;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.dvc.assistant.channels.CapturedLog;
import vn.dvc.assistant.channels.MessengerEvent;
import vn.dvc.assistant.channels.PlatformStub;
import vn.dvc.assistant.channels.StubJournal;

/**
 * The database stops under a running service and comes back: meanwhile citizens get answers (without their
 * history), readiness says which datasource is down, liveness stays up; afterwards conversations go on.
 * Played on H2 ({@link H2DatabaseDownTest}) and on PostgreSQL ({@link PostgresDatabaseDownTest}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DatabaseDownScenario {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String SEND_PATH = "/v25.0/me/messages";

    @PlatformStub.Server
    WireMockServer graph;

    private boolean stopped;

    abstract void stopDatabase() throws Exception;

    abstract void startDatabase() throws Exception;

    /** A failed assertion must not leave the database stopped for the tests after this one. */
    @AfterEach
    void databaseBack() throws Exception {
        if (stopped) {
            startDatabase();
        }
    }

    @Test
    @Order(1)
    void citizensAreAnsweredWhileTheDatabaseIsDownAndTheConversationGoesOnWhenItReturns() throws Exception {
        String id = chat(Map.of("message", "Tôi muốn chấm dứt hộ kinh doanh"))
                .body("turn", equalTo(1)).extract().path("conversationId");

        stopDatabase();
        stopped = true;
        long start = System.nanoTime();
        chat(Map.of("conversationId", id, "message", "Tôi muốn chấm dứt hộ kinh doanh, cần giấy tờ gì?"))
                .body("conversationId", equalTo(id))
                .body("turn", nullValue())
                .body("type", equalTo("answer"))
                .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .body("aspect", equalTo("documents"));
        System.out.printf("A turn with the database down took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        chat(Map.of("message", "đăng ký hộ kinh doanh lệ phí bao nhiêu"))
                .body("conversationId", matchesPattern(UUID))
                .body("conversationId", not(equalTo(id)))
                .body("procedureId", equalTo("hkd-dang-ky-thanh-lap"))
                .body("text", not(emptyString()));

        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Database connections health check' }.data", hasKey("<default>"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/group/traffic").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/api/v1/conversations/" + id).then().statusCode(503)
                .body("error", equalTo("database_unavailable"));
        given().contentType(ContentType.JSON).body(Map.of("conversationId", id, "turn", 1, "useful", true))
                .when().post("/api/v1/feedback").then().statusCode(503)
                .body("error", equalTo("database_unavailable"));
        for (int i = 0; i < 5; i++) {
            chat(Map.of("message", "chấm dứt hộ kinh doanh mất bao lâu")).body("aspect", equalTo("processing_time"));
        }
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("assistant_database_write_failures_total{write=\"turn\"} 7.0"));
        String log = Files.readString(CapturedLog.FILE);
        // A few kinds (a broken pooled connection, a refused new one, no connection in time), not one per turn.
        assertTrue(warnings(log) <= 3, "one warning per kind of failure, 7 turns failed:\n" + log);
        assertFalse(log.contains("\tat "), "no stack trace:\n" + log);

        startDatabase();
        stopped = false;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
        chat(Map.of("conversationId", id, "message", "còn lệ phí thì sao?"))
                .body("conversationId", equalTo(id))
                .body("turn", equalTo(2))
                .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .body("aspect", equalTo("fees"));
        given().when().get("/api/v1/conversations/" + id).then().statusCode(200)
                .body("turns.message", hasItem("còn lệ phí thì sao?"));
    }

    /**
     * A Messenger message that comes while the database is down cannot be kept in the outbox: it is answered from
     * memory, as the web chat is. Once the database is back, messages are kept and answered again, and the outbox's
     * sweep, failing meanwhile, has logged no stack trace. (After the web scenario, whose count of failed writes it
     * would change; the profiles sweep every second.)
     */
    @Test
    @Order(2)
    void aChannelMessageIsAnsweredFromMemoryWhileTheDatabaseIsDown() throws Exception {
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"PSID\",\"message_id\":\"m_1\"}")));

        stopDatabase();
        stopped = true;
        MessengerEvent.post(RestAssured.port, MessengerEvent.text("psid-database-down", "mid.database-down", "cảm ơn"))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> textsTo("psid-database-down").size() == 1);
        // The outbox's sweep (every second here) fails meanwhile, and says so once.
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(CapturedLog.FILE)
                .contains("Database failure, channel-outbox not stored"));

        startDatabase();
        stopped = false;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
        MessengerEvent.post(RestAssured.port, MessengerEvent.text("psid-database-back", "mid.database-back", "cảm ơn"))
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> textsTo("psid-database-back").size() == 1);
        assertEquals(textsTo("psid-database-down"), textsTo("psid-database-back"), "the same answer, kept or not");

        String log = Files.readString(CapturedLog.FILE);
        assertTrue(log.contains("Database failure, channel-message not stored"), log);
        assertFalse(log.contains("\tat "), "no stack trace:\n" + log);
    }

    private List<String> textsTo(String psid) {
        return StubJournal.bodies(graph, SEND_PATH, body -> psid.equals(body.at("/recipient/id").asText()) && body.has("message"))
                .stream().map(body -> body.at("/message/text").asText()).toList();
    }

    private static long warnings(String log) {
        return log.lines().filter(line -> line.contains("Database failure, turn not stored")).count();
    }

    private static ValidatableResponse chat(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/chat")
                .then().statusCode(200);
    }
}
