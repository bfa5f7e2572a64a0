package vn.dvc.assistant.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Issue 15: by default the public port shows neither the API description nor, without the token, the metrics. */
@QuarkusTest
@TestProfile(ExposureDefaultsProfile.class)
class ExposureTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/openapi?format=json", "/q/openapi.json", "/q/swagger-ui", "/q/swagger-ui/",
            "/q/swagger-ui/index.html"})
    void theApiDescriptionIsNotServed(String path) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(404).contentType(ContentType.JSON)
                .header("X-Content-Type-Options", "nosniff")
                .body("error", equalTo("not_found"));
    }

    @Test
    void metricsNeedTheirToken() {
        given().when().get("/q/metrics").then().statusCode(401).contentType(ContentType.JSON).body("error", equalTo("unauthorized"));
        given().header("Authorization", "Bearer wrong").when().get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer " + ExposureDefaultsProfile.METRICS_TOKEN).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory"));
    }

    @Test
    void healthChecksStayPublic() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
