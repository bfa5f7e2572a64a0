package vn.dvc.assistant.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The %test allow-list holds any http://127.0.0.1 port (the browser suite's portal) and https://portal.example.gov.vn. */
@QuarkusTest
class CorsTest {

    private static final String PORTAL = "https://portal.example.gov.vn";
    private static final String STRANGER = "https://evil.example.com";

    @Test
    void anAllowedPortalMayCallTheChatApi() {
        given().header("Origin", PORTAL).contentType(ContentType.JSON).body(Map.of("message", "xin chào"))
                .when().post("/api/v1/chat")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL));
    }

    @Test
    void anAllowedPortalPassesThePreflight() {
        given().header("Origin", "http://127.0.0.1:43210")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/api/v1/feedback")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://127.0.0.1:43210"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Content-Type"));
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        given().header("Origin", STRANGER).contentType(ContentType.JSON).body(Map.of("message", "xin chào"))
                .when().post("/api/v1/chat")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", STRANGER)
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/chat")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aLookAlikeOfAnAllowedOriginIsRefused() {
        given().header("Origin", PORTAL + ".evil.example.com").contentType(ContentType.JSON)
                .body(Map.of("message", "xin chào"))
                .when().post("/api/v1/chat")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theDemoPageOnTheAssistantsOwnOriginMayCallTheApi() {
        given().header("Origin", "http://localhost:" + RestAssured.port).contentType(ContentType.JSON)
                .body(Map.of("message", "xin chào"))
                .when().post("/api/v1/chat")
                .then().statusCode(200);
    }
}
