package vn.dvc.assistant.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.dvc.assistant.channels.CapturedLog;

/** The web limits through real HTTP; every test is its own client by its X-Forwarded-For address. */
@QuarkusTest
@TestProfile(TinyRateLimitProfile.class)
class WebRateLimitTest {

    @Test
    void aClientOverTheChatLimitGets429WithRetryAfterAndAJsonError() {
        for (int i = 0; i < TinyRateLimitProfile.CHAT_BURST; i++) {
            chat("203.0.113.1").statusCode(200);
        }
        chat("203.0.113.1").statusCode(429)
                .contentType(ContentType.JSON)
                // 1 request a minute: the next one is about a minute away.
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.greaterThan(50), org.hamcrest.Matchers.lessThanOrEqualTo(60)))
                .body("status", equalTo(429))
                .body("error", equalTo("rate_limited"))
                .body("message", containsString("wait"));
    }

    @Test
    void anotherClientIsNotAffected() {
        for (int i = 0; i <= TinyRateLimitProfile.CHAT_BURST; i++) {
            chat("203.0.113.2");
        }
        chat("203.0.113.2").statusCode(429);
        chat("203.0.113.3").statusCode(200);
        // The entry the province's proxy added counts (the rightmost): the ones before it, the client wrote.
        chat("203.0.113.4, 203.0.113.2").statusCode(429);
    }

    @Test
    void aClientCannotEscapeTheLimitByWritingItsOwnForwardedForEntries() {
        for (int i = 0; i < TinyRateLimitProfile.CHAT_BURST; i++) {
            chat("198.51.100." + i + ", 203.0.113.7").statusCode(200);
        }
        for (int i = 0; i < 5; i++) {
            chat("198.51.100." + (100 + i) + ", 203.0.113.7").statusCode(429);
        }
    }

    /** Issue 15: each of these spellings reached the chat or the feedback and was never limited. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/chat/", "//api/v1/chat", "/api//v1/chat", "/api/v1/./chat", "/api/v1/%63hat",
            "/api/v1/chat;x=1", "/api/v1/feedback/", "//api/v1/feedback", "/api/v1/%66eedback", "/api/v1/feedback;x=1"})
    void everySpellingOfALimitedPathIsLimited(String path) throws Exception {
        String client = "192.0.2." + Math.floorMod(path.hashCode(), 250);
        boolean feedback = path.contains("eedback");
        int burst = feedback ? TinyRateLimitProfile.FEEDBACK_BURST : TinyRateLimitProfile.CHAT_BURST;
        String body = feedback
                ? "{\"conversationId\":\"00000000-0000-0000-0000-000000000000\",\"turn\":1,\"useful\":true}"
                : "{\"message\":\"chấm dứt hộ kinh doanh\"}";
        for (int i = 0; i < burst; i++) {
            int status = RawRequest.post(path, client, body).statusCode();
            assertNotEquals(429, status, path + " request " + (i + 1));
            assertNotEquals(405, status, path + " did not reach the endpoint");
        }
        assertEquals(429, RawRequest.post(path, client, body).statusCode(), path + " past the burst");
    }

    @Test
    void feedbackHasItsOwnLimit() {
        for (int i = 0; i < TinyRateLimitProfile.FEEDBACK_BURST; i++) {
            feedback("203.0.113.5").statusCode(not(equalTo(429)));
        }
        feedback("203.0.113.5").statusCode(429).body("error", equalTo("rate_limited")).header("Retry-After", not(equalTo(null)));
        // The chat limit is counted apart.
        chat("203.0.113.5").statusCode(200);
    }

    @Test
    void readingHealthAndAdminAreNotLimited() {
        for (int i = 0; i <= TinyRateLimitProfile.CHAT_BURST; i++) {
            chat("203.0.113.6");
        }
        chat("203.0.113.6").statusCode(429);
        for (int i = 0; i < 2 * TinyRateLimitProfile.CHAT_BURST; i++) {
            given().header("X-Forwarded-For", "203.0.113.6").get("/q/health/live").then().statusCode(200);
            given().header("X-Forwarded-For", "203.0.113.6").get("/api/v1/procedures").then().statusCode(200);
            given().header("X-Forwarded-For", "203.0.113.6").header("Authorization", "Bearer " + TinyRateLimitProfile.ADMIN_TOKEN)
                    .get("/api/v1/admin/stats").then().statusCode(200);
        }
    }

    /** Issue 15: 500 wrong admin tokens went through in 0.5 s, unslowed and unlogged. */
    @Test
    void wrongAdminTokensAreLimitedPerAddress() throws Exception {
        for (int i = 0; i < TinyRateLimitProfile.ADMIN_FAILURES_BURST; i++) {
            admin("203.0.113.8", "guess-" + i).statusCode(401).body("error", equalTo("unauthorized"));
        }
        admin("203.0.113.8", "guess-next").statusCode(429).contentType(ContentType.JSON)
                .body("error", equalTo("rate_limited")).header("Retry-After", not(equalTo(null)));
        // The right token is no failure: the operator behind the same proxy address is not locked out by a guesser.
        admin("203.0.113.8", TinyRateLimitProfile.ADMIN_TOKEN).statusCode(200);
        // Another address is not affected, and the right token does not count as a failure.
        admin("203.0.113.9", TinyRateLimitProfile.ADMIN_TOKEN).statusCode(200);
        admin("203.0.113.9", "guess").statusCode(401);
        admin("203.0.113.8", "guess-again").statusCode(429);

        // Each wrong token under the limit is logged with its address, never the token; a run of refusals once.
        String log = Files.readString(CapturedLog.FILE, StandardCharsets.UTF_8);
        assertEquals(TinyRateLimitProfile.ADMIN_FAILURES_BURST, log.lines().filter(line -> line.contains("Admin API: wrong token from 203.0.113.8")).count(), log);
        assertEquals(1, log.lines().filter(line -> line.contains("too many wrong tokens from 203.0.113.8")).count(), log);
        assertEquals(1, log.lines().filter(line -> line.contains("Admin API: wrong token from 203.0.113.9")).count(), log);
        assertFalse(log.contains("guess"), "no token in the log:\n" + log);
    }

    private static ValidatableResponse admin(String forwardedFor, String token) {
        return given().header("X-Forwarded-For", forwardedFor).header("Authorization", "Bearer " + token)
                .when().get("/api/v1/admin/stats").then();
    }

    private static ValidatableResponse chat(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("message", "chấm dứt hộ kinh doanh"))
                .when().post("/api/v1/chat").then();
    }

    private static ValidatableResponse feedback(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("conversationId", "00000000-0000-0000-0000-000000000000", "turn", 1, "useful", true))
                .when().post("/api/v1/feedback").then();
    }
}
