package vn.dvc.assistant.channels;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A citizen's text message as Meta posts it to the webhook, signed with the test profile's app secret. */
public final class MessengerEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessengerEvent() {
    }

    public static byte[] text(String psid, String mid, String text) throws Exception {
        ObjectNode root = JSON.createObjectNode().put("object", "page");
        ObjectNode item = root.putArray("entry").addObject().put("id", "PAGE_ID").put("time", 1458692752478L)
                .putArray("messaging").addObject();
        item.putObject("sender").put("id", psid);
        item.putObject("recipient").put("id", "PAGE_ID");
        item.put("timestamp", 1458692752478L);
        item.putObject("message").put("mid", mid).put("text", text);
        return JSON.writeValueAsBytes(root);
    }

    /** Posts it to the service on {@code port} (the test's own one, or a packaged service's). */
    public static ValidatableResponse post(int port, byte[] body) throws Exception {
        return given().port(port).contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", TestSignatures.messenger(ChannelsOnProfile.APP_SECRET, body))
                .body(body)
                .when().post("/webhooks/messenger")
                .then();
    }
}
