package vn.dvc.assistant.database;

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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.dvc.assistant.channels.CapturedLog;

/**
 * The database stops under a running service and comes back: meanwhile citizens get answers (without their
 * history), readiness says which datasource is down, liveness stays up; afterwards conversations go on.
 */
@QuarkusTest
@TestProfile(DatabaseServer.class)
class DatabaseDownTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @AfterEach
    void databaseBack() throws Exception {
        try {
            DatabaseServer.start();
        } catch (Exception alreadyRunning) {
            // the test restarted it itself
        }
    }

    @Test
    void citizensAreAnsweredWhileTheDatabaseIsDownAndTheConversationGoesOnWhenItReturns() throws Exception {
        String id = chat(Map.of("message", "Tôi muốn chấm dứt hộ kinh doanh"))
                .body("turn", equalTo(1)).extract().path("conversationId");

        DatabaseServer.stop();
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
        given().when().get("/api/v1/conversations/" + id).then().statusCode(503)
                .body("error", equalTo("database_unavailable"));
        for (int i = 0; i < 5; i++) {
            chat(Map.of("message", "chấm dứt hộ kinh doanh mất bao lâu")).body("aspect", equalTo("processing_time"));
        }
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("assistant_database_write_failures_total{write=\"turn\"} 7.0"));
        String log = Files.readString(CapturedLog.FILE);
        assertTrue(warnings(log) <= 2, "one warning per kind of failure (a broken connection, no connection):\n" + log);
        assertFalse(log.contains("\tat "), "no stack trace:\n" + log);

        DatabaseServer.start();
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

    private static long warnings(String log) {
        return log.lines().filter(line -> line.contains("Database failure, turn not stored")).count();
    }

    private static ValidatableResponse chat(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/chat")
                .then().statusCode(200);
    }
}
