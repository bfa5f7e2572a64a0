package vn.dvc.assistant.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.dvc.assistant.channels.ChannelsOnProfile;
import vn.dvc.assistant.channels.FailedSend;
import vn.dvc.assistant.channels.PlatformStub;
import vn.dvc.assistant.channels.StubJournal;
import vn.dvc.assistant.channels.TestSignatures;

/**
 * Channels' health through real webhooks: Messenger's Send API (the stub) refuses a reply, staff see it with the
 * platform's error and the channel's state, and resend it once the platform takes it; a viewer cannot.
 */
@QuarkusTest
@TestProfile(ChannelsAdminProfile.class)
class ChannelHealthTest {

    static final String SEND_PATH = "/v25.0/me/messages";
    private static final String CHANNELS = AdminGuard.ADMIN_PATH + "/channels";
    private static final ObjectMapper JSON = new ObjectMapper();

    @PlatformStub.Server
    WireMockServer graph;

    private final String psid = "psid-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void graphAcceptsEverythingButThisCitizen() {
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"PSID\",\"message_id\":\"m_1\"}")));
        refuse("{\"error\":{\"message\":\"(#10) This message is sent outside of allowed window.\","
                + "\"type\":\"OAuthException\",\"code\":10,\"error_subcode\":2018278,\"fbtrace_id\":\"XyZ\"}}");
    }

    @Test
    void aRefusedReplyIsListedWithThePlatformsErrorAndResentOnceThePlatformTakesIt() throws Exception {
        Instant before = Instant.now();
        JsonPath failed = failedSendOf(psid);
        assertEquals("messenger", failed.getString("channel"));
        assertEquals("10/2018278", failed.getString("errorCode"));
        assertTrue(failed.getString("errorMessage").contains("outside of allowed window"), failed.getString("errorMessage"));
        assertTrue(failed.getString("text").startsWith("Rất vui được giúp"), failed.getString("text"));
        String conversation = failed.getString("conversationId");
        automation().get(AdminGuard.ADMIN_PATH + "/conversations/" + conversation).then().statusCode(200)
                .body("channel", equalTo("messenger")).body("turns[0].message", equalTo("cảm ơn"));
        JsonPath messenger = channel("messenger");
        assertEquals(true, messenger.getBoolean("on"));
        assertEquals("10/2018278", messenger.getString("lastErrorCode"));
        assertTrue(!Instant.parse(messenger.getString("lastErrorAt")).isBefore(before.minusSeconds(1)));
        assertEquals(List.of(), messenger.getList("missingSecrets"));

        // Refused again: the failed send stays, with one more attempt and the platform's new error.
        refuse("{\"error\":{\"message\":\"Temporarily blocked\",\"type\":\"OAuthException\",\"code\":368}}");
        long id = failed.getLong("id");
        automation().post(CHANNELS + "/failed-sends/" + id + "/resend").then().statusCode(200)
                .body("delivered", equalTo(false)).body("errorCode", equalTo("368"));
        JsonPath again = listed(psid);
        assertEquals(id, again.getLong("id"));
        assertEquals(failed.getInt("attempts") + 1, again.getInt("attempts"));
        assertEquals("368", channel("messenger").getString("lastErrorCode"));

        // Taken: sent as it was stored, and no longer listed.
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"PSID\",\"message_id\":\"m_2\"}")));
        String editor = StaffAccountsTest.staffSession("editor-" + psid, "editor");
        given().cookie(AdminGuard.SESSION_COOKIE, editor).when().post(CHANNELS + "/failed-sends/" + id + "/resend").then()
                .statusCode(200).contentType(ContentType.JSON)
                .body("delivered", equalTo(true)).body("recipient", equalTo(psid)).body("errorCode", nullValue());
        List<JsonNode> sent = StubJournal.bodies(graph, SEND_PATH, body -> psid.equals(body.at("/recipient/id").asText()));
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(failed.getString("text"), sent.get(0).at("/message/text").asText());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> FailedSend.count("recipient", psid)));
        automation().post(CHANNELS + "/failed-sends/" + id + "/resend").then().statusCode(404)
                .body("error", equalTo("unknown_failed_send"));
        assertTrue(Instant.parse(channel("messenger").getString("lastSuccessAt")).isAfter(before));
        automation().get(AdminGuard.ADMIN_PATH + "/audit").then().statusCode(200)
                .body("find { it.action == 'channel.resend' && it.actor == 'editor-" + psid + "' }.detail", equalTo("delivered"));
    }

    @Test
    void twoStaffResendingAtOnceSendItOnce() throws Exception {
        long id = failedSendOf(psid).getLong("id");
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"message_id\":\"m_3\"}").withFixedDelay(1500)));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> resendStatus(id));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> resendStatus(id));

        assertEquals(List.of(200, 404), List.of(first.get(), second.get()).stream().sorted().toList());
        assertEquals(1, StubJournal.bodies(graph, SEND_PATH, body -> psid.equals(body.at("/recipient/id").asText())).size());
    }

    @Test
    void everyChannelShowsItsStateAndADeliveryIsItsLastSuccess() throws Exception {
        answeredOnMessenger("psid-ok-" + psid);
        // The outbox notes the delivery once the transaction that sent the reply's last part has committed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> automation().get(CHANNELS).then().statusCode(200)
                .body("channel", equalTo(List.of("messenger", "zalo")))
                .body("on", equalTo(List.of(true, true)))
                .body("find { it.channel == 'messenger' }.lastSuccessAt", notNullValue()));
    }

    @Test
    void aViewerReadsButCannotResendAndBadInputGetsAClearJsonError() throws Exception {
        long id = failedSendOf(psid).getLong("id");
        String viewer = StaffAccountsTest.staffSession("viewer-" + psid, "viewer");
        given().cookie(AdminGuard.SESSION_COOKIE, viewer).when().get(CHANNELS + "/failed-sends").then().statusCode(200);
        given().cookie(AdminGuard.SESSION_COOKIE, viewer).when().post(CHANNELS + "/failed-sends/" + id + "/resend").then()
                .statusCode(403).contentType(ContentType.JSON).body("error", equalTo("forbidden"));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> FailedSend.count("recipient", psid)));

        automation().post(CHANNELS + "/failed-sends/abc/resend").then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("invalid_id"));
        automation().post(CHANNELS + "/failed-sends/99999999/resend").then().statusCode(404).body("error", equalTo("unknown_failed_send"));
        automation().queryParam("channel", "Messenger!").get(CHANNELS + "/failed-sends").then().statusCode(400)
                .body("error", equalTo("invalid_channel"));
        automation().queryParam("size", "0").get(CHANNELS + "/failed-sends").then().statusCode(400).body("error", equalTo("invalid_size"));
        given().when().get(CHANNELS).then().statusCode(401).contentType(ContentType.JSON);

        // A failed send of a channel the service does not have (any more) cannot be sent.
        long orphan = QuarkusTransaction.requiringNew().call(() -> {
            FailedSend gone = new FailedSend();
            gone.channel = "telegram";
            gone.recipient = "someone";
            gone.payload = "{\"message\":{\"text\":\"x\"}}";
            gone.failedAt = Instant.now();
            gone.persist();
            return gone.id;
        });
        automation().post(CHANNELS + "/failed-sends/" + orphan + "/resend").then().statusCode(409)
                .contentType(ContentType.JSON).body("error", equalTo("channel_off")).body("message", containsString("telegram"));
    }

    private int resendStatus(long id) {
        return automation().post(CHANNELS + "/failed-sends/" + id + "/resend").then().extract().statusCode();
    }

    private void refuse(String error) {
        refuse(graph, psid, error);
    }

    /** The stub refuses every message to {@code psid} with the given Graph API error. */
    static void refuse(WireMockServer graph, String psid, String error) {
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.id", WireMock.equalTo(psid)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(error)));
    }

    /** The citizen writes "cảm ơn" on Messenger; the reply is refused and listed: its line of the list. */
    private JsonPath failedSendOf(String recipient) throws Exception {
        answeredOnMessenger(recipient);
        await().atMost(Duration.ofSeconds(10)).until(() -> failedSends().getList("recipient").contains(recipient));
        return listed(recipient);
    }

    /** The line of the failed sends list for a recipient. */
    private static JsonPath listed(String recipient) {
        JsonPath page = failedSends();
        return new JsonPath(page.prettify()).setRootPath("items[" + page.getList("recipient").indexOf(recipient) + "]");
    }

    private static JsonPath failedSends() {
        return automation().queryParam("channel", "messenger").queryParam("size", 200).get(CHANNELS + "/failed-sends")
                .then().statusCode(200).extract().jsonPath().setRootPath("items");
    }

    private static JsonPath channel(String name) {
        return automation().get(CHANNELS).then().statusCode(200).extract().jsonPath().setRootPath("find { it.channel == '" + name + "' }");
    }

    private void answeredOnMessenger(String sender) throws Exception {
        answeredOnMessenger(graph, sender);
    }

    /** {@code sender} writes "cảm ơn" to the page; returns once the reply went to the stub (taken or refused). */
    static void answeredOnMessenger(WireMockServer graph, String sender) throws Exception {
        ObjectNode root = JSON.createObjectNode().put("object", "page");
        ObjectNode item = root.putArray("entry").addObject().put("id", "PAGE_ID").put("time", 1458692752478L).putArray("messaging").addObject();
        item.putObject("sender").put("id", sender);
        item.putObject("recipient").put("id", "PAGE_ID");
        item.put("timestamp", 1458692752478L);
        item.putObject("message").put("mid", "mid." + UUID.randomUUID()).put("text", "cảm ơn");
        byte[] body = JSON.writeValueAsBytes(root);
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", TestSignatures.messenger(ChannelsOnProfile.APP_SECRET, body))
                .body(body).when().post("/webhooks/messenger").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !StubJournal.bodies(graph, SEND_PATH,
                b -> sender.equals(b.at("/recipient/id").asText()) && b.has("message")).isEmpty());
    }

    private static io.restassured.specification.RequestSpecification automation() {
        return StaffAccountsTest.automation().when();
    }
}
