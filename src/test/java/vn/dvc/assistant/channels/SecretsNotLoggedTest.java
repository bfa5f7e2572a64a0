package vn.dvc.assistant.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Starts with every secret set, goes through the paths that log (start, webhook checks, sends that fail, a Zalo
 * token refresh, admin calls) and reads the whole log, debug lines included: no secret may be in it.
 */
@QuarkusTest
@TestProfile(SecretsConfiguredProfile.class)
class SecretsNotLoggedTest {

    private static final String MESSENGER_SEND = "/v25.0/me/messages";
    private static final String ZALO_SEND = "/v3.0/oa/message/cs";
    private static final String ZALO_TOKEN = "/oauth/v4/oa/access_token";
    /** Issued by the stubbed Zalo OAuth during the test; as secret as the configured ones. */
    private static final String REFRESHED_ACCESS = "refreshed_access_secret";
    private static final String REFRESHED_REFRESH = "refreshed_refresh_secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "lệ phí đăng ký hộ kinh doanh";

    @PlatformStub.Server
    WireMockServer platforms;

    @Test
    void noSecretReachesTheLog() throws Exception {
        platforms.resetAll();
        // Messenger: one send refused with an error, one that loses the connection (retried, then stored as failed).
        platforms.stubFor(post(urlPathEqualTo(MESSENGER_SEND)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"(#100) No matching user found\",\"code\":100}}")));
        platforms.stubFor(post(urlPathEqualTo(MESSENGER_SEND)).atPriority(1)
                .withRequestBody(WireMock.containing("psid-reset"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        // Zalo: the configured access token is refused, so the refresh token is spent and a new pair stored.
        platforms.stubFor(post(urlPathEqualTo(ZALO_SEND)).atPriority(1)
                .withHeader("access_token", WireMock.equalTo(ChannelsOnProfile.ZALO_ACCESS_TOKEN))
                .willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));
        platforms.stubFor(post(urlPathEqualTo(ZALO_SEND)).willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"z1\"}}")));
        platforms.stubFor(post(urlPathEqualTo(ZALO_TOKEN)).willReturn(okJson("{\"access_token\":\"" + REFRESHED_ACCESS
                + "\",\"refresh_token\":\"" + REFRESHED_REFRESH + "\",\"expires_in\":\"90000\"}")));

        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", ChannelsOnProfile.VERIFY_TOKEN)
                .queryParam("hub.challenge", "42").get("/webhooks/messenger").then().statusCode(200);
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "42").get("/webhooks/messenger").then().statusCode(403);
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", "sha256=00")
                .body(MessengerEvent.text("psid-forged", "mid.forged", QUESTION)).post("/webhooks/messenger").then().statusCode(403);
        postMessenger(MessengerEvent.text("psid-refused", "mid.refused", QUESTION));
        postMessenger(MessengerEvent.text("psid-reset", "mid.reset", QUESTION));
        postZalo(zaloEvent("user-refresh", "msg-refresh"));
        given().header("Authorization", "Bearer wrong").post("/api/v1/admin/knowledge-base/reload").then().statusCode(401);
        given().header("Authorization", "Bearer " + SecretsConfiguredProfile.ADMIN_TOKEN)
                .post("/api/v1/admin/knowledge-base/reload").then().statusCode(200);

        // The log shows each path was taken, so its absence of secrets means something.
        await().atMost(Duration.ofSeconds(15)).until(() -> log().contains("Messenger channel on")
                && log().contains("a reply to psid-refused was not sent")
                && log().contains("a reply to psid-reset was not sent")
                && log().contains("zalo: access token refreshed"));

        String log = log();
        List<String> secrets = new ArrayList<>(SecretsConfiguredProfile.SECRETS);
        secrets.add(REFRESHED_ACCESS);
        secrets.add(REFRESHED_REFRESH);
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "the log holds the secret " + secret + ":\n" + log);
        }
    }

    private static String log() throws Exception {
        return Files.exists(CapturedLog.FILE) ? Files.readString(CapturedLog.FILE, StandardCharsets.UTF_8) : "";
    }

    private static byte[] zaloEvent(String sender, String msgId) throws Exception {
        ObjectNode root = JSON.createObjectNode().put("app_id", ChannelsOnProfile.ZALO_APP_ID);
        root.putObject("sender").put("id", sender);
        root.putObject("recipient").put("id", "388613280878808645");
        root.put("event_name", "user_send_text");
        root.putObject("message").put("text", "cảm ơn").put("msg_id", msgId);
        root.put("timestamp", "1700000000000");
        return JSON.writeValueAsBytes(root);
    }

    private static void postMessenger(byte[] body) throws Exception {
        given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", TestSignatures.messenger(ChannelsOnProfile.APP_SECRET, body))
                .body(body).post("/webhooks/messenger").then().statusCode(200);
    }

    private static void postZalo(byte[] body) throws Exception {
        given().contentType(ContentType.JSON)
                .header("X-ZEvent-Signature", TestSignatures.zalo(ChannelsOnProfile.ZALO_APP_ID, body, "1700000000000", ChannelsOnProfile.OA_SECRET))
                .body(body).post("/webhooks/zalo").then().statusCode(200);
    }
}
