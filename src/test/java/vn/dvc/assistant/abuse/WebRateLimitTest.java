package vn.dvc.assistant.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

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
        // Only the first address of the chain counts: the one the province's proxy saw.
        chat("203.0.113.4, 203.0.113.2").statusCode(200);
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
            given().header("X-Forwarded-For", "203.0.113.6").header("Authorization", "Bearer wrong")
                    .post("/api/v1/admin/knowledge-base/reload").then().statusCode(not(equalTo(429)));
        }
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
