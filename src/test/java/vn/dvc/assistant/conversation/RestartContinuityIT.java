package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Runs the packaged application twice on one embedded database file: a conversation started before the
 * restart goes on after it, because the service keeps conversation state in the database only.
 */
class RestartContinuityIT {

    @Test
    void aConversationGoesOnAfterARestart() throws Exception {
        Map<String, String> onTheFile = PackagedService.onAFreshH2File("restart-it");

        String id;
        try (PackagedService first = PackagedService.start(onTheFile, Map.of())) {
            id = given().port(first.port).contentType(ContentType.JSON)
                    .body(Map.of("message", "Tôi muốn chấm dứt hộ kinh doanh"))
                    .when().post("/api/v1/chat")
                    .then().statusCode(200).body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                    .extract().path("conversationId");
            assertEquals(0, first.stop(), "the service stops cleanly");
        }

        try (PackagedService second = PackagedService.start(onTheFile, Map.of())) {
            given().port(second.port).contentType(ContentType.JSON)
                    .body(Map.of("conversationId", id, "message", "còn lệ phí thì sao?"))
                    .when().post("/api/v1/chat")
                    .then().statusCode(200)
                    .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                    .body("aspect", equalTo("fees"))
                    .body("turn", equalTo(2));
            given().port(second.port).when().get("/api/v1/conversations/" + id)
                    .then().statusCode(200).body("turns", hasSize(2));
        }
    }
}
