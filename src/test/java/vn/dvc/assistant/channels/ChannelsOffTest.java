package vn.dvc.assistant.channels;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Without its secrets a channel is off: its webhook is not there, and the web chat works as before. */
@QuarkusTest
@TestProfile(ChannelsOffProfile.class)
class ChannelsOffTest {

    @Test
    void theMessengerWebhookAnswers404() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "anything").queryParam("hub.challenge", "42")
                .when().get("/webhooks/messenger")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", equalTo("channel_off"));
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", "sha256=00").body("{\"object\":\"page\",\"entry\":[]}")
                .when().post("/webhooks/messenger")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", equalTo("channel_off"));
    }

    @Test
    void theZaloWebhookAnswers404() {
        given().contentType(ContentType.JSON).header("X-ZEvent-Signature", "mac=00").body("{\"event_name\":\"follow\"}")
                .when().post("/webhooks/zalo")
                .then().statusCode(404).contentType(ContentType.JSON).body("error", equalTo("channel_off"));
    }

    @Test
    void theWebChatKeepsWorking() {
        given().contentType(ContentType.JSON).body(Map.of("message", "Tôi muốn chấm dứt hộ kinh doanh"))
                .when().post("/api/v1/chat")
                .then().statusCode(200).body("procedureId", equalTo("hkd-cham-dut-hoat-dong"));
    }
}
