package vn.dvc.assistant.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readinessReportsTheIndexedGuidesAndTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("knowledge-base"))
                .body("checks.find { it.name == 'knowledge-base' }.data.guides", greaterThanOrEqualTo(10))
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void turnsAreCountedByTypeAndTimed() {
        given().contentType(ContentType.JSON).body(Map.of("message", "giá vàng hôm nay bao nhiêu"))
                .when().post("/api/v1/chat").then().statusCode(200).body("type", equalTo("fallback"));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("assistant_turns_total{channel=\"web\",type=\"fallback\"}"))
                .body(containsString("assistant_turn_duration_seconds_bucket{channel=\"web\""));
    }
}
