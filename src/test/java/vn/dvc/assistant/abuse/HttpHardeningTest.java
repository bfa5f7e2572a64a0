package vn.dvc.assistant.abuse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Body size limit and security headers, with the default configuration. */
@QuarkusTest
class HttpHardeningTest {

    @Test
    void anOversizedBodyGetsA413JsonError() {
        String message = "a".repeat(70 * 1024);
        given().contentType(ContentType.JSON).body(Map.of("message", message))
                .when().post("/api/v1/chat")
                .then().statusCode(413)
                .contentType(ContentType.JSON)
                .body("status", equalTo(413))
                .body("error", equalTo("payload_too_large"))
                .body("message", containsString("64 KiB"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theDemoPageHasTheSecurityHeadersAndAContentSecurityPolicy() {
        commonHeaders(given().get("/").then().statusCode(200))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void anApiResponseHasTheSecurityHeaders() {
        commonHeaders(given().contentType(ContentType.JSON).body(Map.of("message", "xin chào"))
                .when().post("/api/v1/chat").then().statusCode(200));
    }

    @Test
    void theWidgetScriptStaysLoadableFromPortals() {
        given().get("/widget.js").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue())
                .header("Cross-Origin-Resource-Policy", nullValue());
    }

    private static ValidatableResponse commonHeaders(ValidatableResponse response) {
        return response
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("X-Frame-Options", "DENY")
                .header("Permissions-Policy", containsString("camera=()"));
    }
}
