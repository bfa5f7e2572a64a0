package vn.dvc.assistant.channels.zalo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.dvc.assistant.channels.ChannelsOnProfile;
import vn.dvc.assistant.channels.FailedSend;
import vn.dvc.assistant.channels.PlatformStub;
import vn.dvc.assistant.channels.StubJournal;
import vn.dvc.assistant.channels.TestSignatures;

/** The Zalo OA webhook through real HTTP, with Zalo's OpenAPI and OAuth server played by a recording stub. */
@QuarkusTest
@TestProfile(ChannelsOnProfile.class)
class ZaloWebhookTest {

    private static final String SEND_PATH = "/v3.0/oa/message/cs";
    private static final String TOKEN_PATH = "/oauth/v4/oa/access_token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING_JSON = new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final String THANKS = "Rất vui được giúp anh/chị. Anh/chị cần hỏi thêm gì cứ nhắn cho tôi nhé.";
    private static final String SENT = "{\"data\":{\"message_id\":\"a1b2\",\"user_id\":\"1\"},\"error\":0,\"message\":\"Success\"}";

    @PlatformStub.Server
    WireMockServer zalo;

    @BeforeEach
    void zaloAcceptsEverything() {
        zalo.resetAll();
        zalo.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson(SENT)));
        // A token test leaves an expired or revoked pair behind; the next test starts from a usable one.
        storeTokens(ChannelsOnProfile.ZALO_ACCESS_TOKEN, "test_refresh_token", null);
    }

    // --- Signatures ------------------------------------------------------------------------------

    @Test
    void theDocumentedTestVectorIsAcceptedAndTheGreetingListsTheProceduresByNumber() {
        String body = "{\"app_id\":\"360846524940903967\",\"sender\":{\"id\":\"246845883529197922\"},\"user_id_by_app\":\"552177279717587730\","
                + "\"recipient\":{\"id\":\"388613280878808645\"},\"event_name\":\"user_send_text\",\"message\":{\"text\":\"Xin chào\","
                + "\"msg_id\":\"96d3cdf3af150460909\"},\"timestamp\":\"154390853474\"}";
        given().contentType(ContentType.JSON)
                .header("X-ZEvent-Signature", "mac=b8857b6c2ac75ca927b9e61c773191f71a72e35a4150d730ada860dded5f7d29")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/webhooks/zalo")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("received")).body("queued", equalTo(1));

        JsonNode expected = StubJournal.json("""
                {"recipient":{"user_id":"246845883529197922"},"message":{"text":"Xin chào! Tôi là trợ lý ảo hướng dẫn thủ tục hộ kinh doanh và dịch vụ công trực tuyến. Anh/chị cần hỏi về thủ tục nào: hồ sơ, lệ phí, thời gian hay nơi nộp?\\n\\nAnh/chị có thể nhắn số để hỏi tiếp:\\n1. Đăng ký thành lập\\n2. Thay đổi nội dung\\n3. Tạm ngừng kinh doanh\\n4. Chấm dứt hoạt động"}}
                """);
        assertEquals(expected, awaitMessagesTo("246845883529197922", 1).get(0));
        LoggedRequest sent = StubJournal.requests(zalo, SEND_PATH).get(0);
        assertEquals(ChannelsOnProfile.ZALO_ACCESS_TOKEN, sent.getHeader("access_token"));
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedAndNothingIsAnswered() throws Exception {
        byte[] body = textEvent("user-forged", "msg-forged", "xin chào", JSON);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/webhooks/zalo")
                .then().statusCode(403).contentType(ContentType.JSON).body("error", equalTo("invalid_signature"));
        given().contentType(ContentType.JSON)
                .header("X-ZEvent-Signature", TestSignatures.zalo(ChannelsOnProfile.ZALO_APP_ID, body, "1700000000000", "another_secret"))
                .body(body)
                .when().post("/webhooks/zalo")
                .then().statusCode(403).body("error", equalTo("invalid_signature"));
        // Signed as Zalo sent it (raw UTF-8), handed on re-serialized (escaped): the bytes differ, so does the signature.
        byte[] raw = textEvent("user-forged", "msg-forged", "chào", JSON);
        byte[] escaped = textEvent("user-forged", "msg-forged", "chào", ESCAPING_JSON);
        given().contentType(ContentType.JSON)
                .header("X-ZEvent-Signature", TestSignatures.zalo(ChannelsOnProfile.ZALO_APP_ID, raw, "1700000000000", ChannelsOnProfile.OA_SECRET))
                .body(escaped)
                .when().post("/webhooks/zalo")
                .then().statusCode(403);

        postSigned(textEvent("user-forged", "msg-after-forged", "cảm ơn", JSON)).statusCode(200);
        assertEquals(THANKS, text(awaitMessagesTo("user-forged", 1).get(0)).split("\n\n")[0]);
        assertEquals(1, messagesTo("user-forged").size(), "the forged events were never answered");
    }

    /** Issue 15: the body was parsed before its signature was checked; now nothing of an unsigned body is read. */
    @Test
    void anUnsignedBodyIsRefusedBeforeItIsParsed() {
        for (String body : List.of("{\"event_name\":", "not json", "{\"timestamp\":\"1\",\"x\":" + "[".repeat(5000))) {
            given().contentType(ContentType.JSON).header("X-ZEvent-Signature", "mac=00").body(body)
                    .when().post("/webhooks/zalo")
                    .then().statusCode(403).contentType(ContentType.JSON).body("error", equalTo("invalid_signature"));
        }
    }

    @Test
    void aSignedBodyThatIsNotJsonIsRefusedAsBadRequest() throws Exception {
        String body = "{\"timestamp\":\"1700000000000\",\"event_name\":";
        given().contentType(ContentType.JSON)
                .header("X-ZEvent-Signature", TestSignatures.zalo(ChannelsOnProfile.ZALO_APP_ID,
                        body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "1700000000000", ChannelsOnProfile.OA_SECRET))
                .body(body)
                .when().post("/webhooks/zalo")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_json"));
    }

    // --- What is answered ------------------------------------------------------------------------

    @Test
    void theOasOwnMessagesReceiptsAndSeenEventsAreNotAnswered() throws Exception {
        for (String event : List.of("oa_send_text", "user_received_message", "user_seen_message")) {
            String body = """
                    {"app_id":"360846524940903967","sender":{"id":"388613280878808645"},"recipient":{"id":"user-echo"},
                     "event_name":"%s","message":{"text":"Xin chào","msg_id":"msg-%s"},"timestamp":"1700000000000"}
                    """.formatted(event, event);
            postSigned(body.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("queued", equalTo(0));
        }
        assertTrue(messagesTo("user-echo").isEmpty());
        assertTrue(messagesTo("388613280878808645").isEmpty(), "the OA never answers itself");
    }

    @Test
    void aNewFollowerIsGreeted() throws Exception {
        String follow = """
                {"app_id":"360846524940903967","oa_id":"388613280878808645","event_name":"follow","timestamp":"1700000000001",
                 "follower":{"id":"user-follower"},"user_id_by_app":"552177279717587731"}
                """;
        postSigned(follow.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("queued", equalTo(1));
        assertTrue(text(awaitMessagesTo("user-follower", 1).get(0)).startsWith("Xin chào! Tôi là trợ lý ảo"));
    }

    @Test
    void aPictureGetsTheOnlyTextReply() throws Exception {
        String picture = """
                {"app_id":"360846524940903967","sender":{"id":"user-picture"},"recipient":{"id":"388613280878808645"},
                 "event_name":"user_send_image","message":{"msg_id":"msg-picture","attachments":[{"type":"image","payload":{"url":"https://zalo.example/p.jpg"}}]},
                 "timestamp":"1700000000000"}
                """;
        postSigned(picture.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("queued", equalTo(1));
        assertEquals(textMessage("user-picture", "Xin lỗi, tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ câu hỏi, "
                + "ví dụ: \"Đăng ký hộ kinh doanh cần giấy tờ gì?\""), awaitMessagesTo("user-picture", 1).get(0));
    }

    @Test
    void idsBeyondDoublePrecisionAreKeptDigitForDigit() throws Exception {
        String quoted = "9007199254740993123";
        postSigned(textEvent(quoted, "msg-big-id", "cảm ơn", JSON)).statusCode(200);
        assertEquals(1, awaitMessagesTo(quoted, 1).size());

        String unquoted = "9007199254740993125";
        String body = """
                {"app_id":"360846524940903967","sender":{"id":%s},"recipient":{"id":"388613280878808645"},
                 "event_name":"user_send_text","message":{"text":"cảm ơn","msg_id":"msg-big-number"},"timestamp":"1700000000000"}
                """.formatted(unquoted);
        postSigned(body.getBytes(StandardCharsets.UTF_8)).statusCode(200);
        assertEquals(unquoted, awaitMessagesTo(unquoted, 1).get(0).at("/recipient/user_id").textValue());
    }

    @Test
    void escapedAndRawVietnameseAreReadAlike() throws Exception {
        String question = "Tôi muốn chấm dứt hộ kinh doanh";
        postSigned(textEvent("user-escaped", "msg-escaped", question, ESCAPING_JSON)).statusCode(200);
        postSigned(textEvent("user-raw", "msg-raw", question, JSON)).statusCode(200);

        JsonNode escaped = awaitMessagesTo("user-escaped", 1).get(0).get("message");
        JsonNode raw = awaitMessagesTo("user-raw", 1).get(0).get("message");
        assertEquals(raw, escaped);
        assertTrue(text(awaitMessagesTo("user-raw", 1).get(0)).startsWith(web(question).getString("text").strip()));
    }

    @Test
    void aNumberPicksTheSuggestionListedUnderTheLastReply() throws Exception {
        postSigned(textEvent("user-numbers", "msg-numbers-1", "Tôi muốn chấm dứt hộ kinh doanh", JSON)).statusCode(200);
        String first = text(awaitMessagesTo("user-numbers", 1).get(0));
        assertTrue(first.endsWith("Anh/chị có thể nhắn số để hỏi tiếp:\n1. Hồ sơ cần gì?\n2. Lệ phí bao nhiêu?\n3. Nộp ở đâu?\n4. Mất bao lâu?"), first);

        postSigned(textEvent("user-numbers", "msg-numbers-2", "2", JSON)).statusCode(200);
        String fees = text(awaitMessagesTo("user-numbers", 2).get(1));
        assertTrue(fees.startsWith("Chấm dứt hoạt động hộ kinh doanh – Phí, lệ phí"), fees);
    }

    @Test
    void aNumberAnswersAClarifyingQuestionAsOnTheWeb() throws Exception {
        JsonPath webClarify = web("hộ kinh doanh");
        assertEquals("clarify", webClarify.getString("type"));
        String webAnswer = given().contentType(ContentType.JSON)
                .body(Map.of("conversationId", webClarify.getString("conversationId"), "message", "3"))
                .when().post("/api/v1/chat").then().statusCode(200).extract().jsonPath().getString("text");

        postSigned(textEvent("user-clarify", "msg-clarify-1", "hộ kinh doanh", JSON)).statusCode(200);
        String clarify = text(awaitMessagesTo("user-clarify", 1).get(0));
        assertEquals(webClarify.getString("text"), clarify, "the choices are numbered once, by the question itself");

        postSigned(textEvent("user-clarify", "msg-clarify-2", "3", JSON)).statusCode(200);
        assertTrue(text(awaitMessagesTo("user-clarify", 2).get(1)).startsWith(webAnswer.strip()));
    }

    // --- Duplicates ------------------------------------------------------------------------------

    @Test
    void aMessageDeliveredTwiceIsAnsweredOnce() throws Exception {
        byte[] body = textEvent("user-twice", "msg-twice", "xin chào", JSON);
        postSigned(body).statusCode(200);
        postSigned(body).statusCode(200);
        postSigned(textEvent("user-twice", "msg-twice-next", "cảm ơn", JSON)).statusCode(200);

        // One worker answers a sender's events in order: once the last is answered, the duplicate was handled.
        List<JsonNode> replies = awaitMessagesTo("user-twice", 2);
        assertTrue(text(replies.get(1)).startsWith(THANKS));
        assertEquals(2, messagesTo("user-twice").size());
    }

    /** Issue 15: a signed event with a sender id over 64 characters logged a stack trace (the column holds 64). */
    @Test
    void aSenderIdTooLongToBeZalosIsDropped() throws Exception {
        String sender = "8".repeat(65);
        postSigned(textEvent(sender, "msg-long-sender", "xin chào", JSON)).statusCode(200);
        postSigned(textEvent("user-after-long", "msg-after-long", "cảm ơn", JSON)).statusCode(200);

        awaitMessagesTo("user-after-long", 1);
        assertEquals(0, messagesTo(sender).size(), "nothing is sent to a sender no platform has");
    }

    // --- Platform errors -------------------------------------------------------------------------

    @Test
    void aRateLimitIsRetriedThenSent() throws Exception {
        zalo.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.user_id", WireMock.equalTo("user-rate-limited")))
                .inScenario("zalo rate limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited once")
                .willReturn(okJson("{\"error\":-32,\"message\":\"Request exceeds limit\"}")));

        postSigned(textEvent("user-rate-limited", "msg-rate-limited", "cảm ơn", JSON)).statusCode(200);

        List<JsonNode> attempts = awaitMessagesTo("user-rate-limited", 2);
        assertEquals(attempts.get(0), attempts.get(1));
        assertTrue(failedSendsTo("user-rate-limited").isEmpty());
    }

    @Test
    void aPermanentErrorIsNotRetriedAndTheReplyIsStored() throws Exception {
        zalo.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.user_id", WireMock.equalTo("user-bad-parameter")))
                .willReturn(okJson("{\"error\":-201,\"message\":\"Parameter is invalid\"}")));

        postSigned(textEvent("user-bad-parameter", "msg-bad-parameter", "cảm ơn", JSON)).statusCode(200);

        FailedSend failed = awaitFailedSend("user-bad-parameter");
        assertEquals("zalo", failed.channel);
        assertEquals("-201", failed.errorCode);
        assertEquals("Parameter is invalid", failed.errorMessage);
        assertEquals(1, failed.attempts);
        assertEquals(messagesTo("user-bad-parameter").get(0), StubJournal.json(failed.payload));
        assertEquals(1, messagesTo("user-bad-parameter").size());
    }

    // --- Tokens ----------------------------------------------------------------------------------

    @Test
    void aRefusedTokenIsRefreshedStoredAndTheSendRetriedOnce() throws Exception {
        storeTokens("old_access", "refresh_A", Instant.now().plus(Duration.ofHours(20)));
        zalo.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1).withHeader("access_token", WireMock.equalTo("old_access"))
                .willReturn(okJson("{\"error\":-216,\"message\":\"Access token is invalid\"}")));
        zalo.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=refresh_A"))
                .willReturn(okJson("{\"access_token\":\"new_access\",\"refresh_token\":\"refresh_B\",\"expires_in\":\"90000\"}")));

        postSigned(textEvent("user-token", "msg-token", "cảm ơn", JSON)).statusCode(200);

        List<LoggedRequest> sends = awaitSendsTo("user-token", 2);
        assertEquals("old_access", sends.get(0).getHeader("access_token"));
        assertEquals("new_access", sends.get(1).getHeader("access_token"));
        LoggedRequest refresh = StubJournal.requests(zalo, TOKEN_PATH).get(0);
        assertEquals(ChannelsOnProfile.ZALO_APP_SECRET, refresh.getHeader("secret_key"));
        assertTrue(refresh.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
        assertEquals("refresh_token=refresh_A&app_id=360846524940903967&grant_type=refresh_token", refresh.getBodyAsString());

        ZaloToken stored = storedTokens();
        assertEquals("new_access", stored.accessToken);
        assertEquals("refresh_B", stored.refreshToken);
        assertTrue(stored.accessExpiresAt.isAfter(Instant.now().plus(Duration.ofHours(24))));
    }

    @Test
    void twoRefusalsAtOnceSpendTheSingleUseRefreshTokenOnce() throws Exception {
        storeTokens("old_access", "refresh_A", null);
        zalo.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1).withHeader("access_token", WireMock.equalTo("old_access"))
                .willReturn(okJson("{\"error\":-220,\"message\":\"Access token has expired\"}").withFixedDelay(300)));
        zalo.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=refresh_A"))
                .willReturn(okJson("{\"access_token\":\"new_access\",\"refresh_token\":\"refresh_B\",\"expires_in\":\"90000\"}")));
        zalo.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=refresh_B"))
                .willReturn(okJson("{\"error\":-14014,\"error_name\":\"Invalid refresh token\"}")));

        // Two citizens, so two workers: both sends meet the refusal while the other is under way.
        postSigned(textEvent("user-together-1", "msg-together-1", "cảm ơn", JSON)).statusCode(200);
        postSigned(textEvent("user-together-2", "msg-together-2", "cảm ơn", JSON)).statusCode(200);

        assertEquals("new_access", awaitSendsTo("user-together-1", 2).get(1).getHeader("access_token"));
        assertEquals("new_access", awaitSendsTo("user-together-2", 2).get(1).getHeader("access_token"));
        assertEquals(1, StubJournal.requests(zalo, TOKEN_PATH).size());
        assertEquals("refresh_B", storedTokens().refreshToken);
    }

    @Test
    void anExpiredTokenIsRefreshedBeforeUse() throws Exception {
        storeTokens("expired_access", "refresh_C", Instant.now().minusSeconds(60));
        zalo.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(containing("refresh_token=refresh_C"))
                .willReturn(okJson("{\"access_token\":\"fresh_access\",\"refresh_token\":\"refresh_D\",\"expires_in\":90000}")));

        postSigned(textEvent("user-expired", "msg-expired", "cảm ơn", JSON)).statusCode(200);

        List<LoggedRequest> sends = awaitSendsTo("user-expired", 1);
        assertEquals("fresh_access", sends.get(0).getHeader("access_token"));
        assertEquals(1, sends.size());
        assertEquals("refresh_D", storedTokens().refreshToken);
    }

    @Test
    void aRefusedRefreshKeepsTheStoredPairAndStoresTheReply() throws Exception {
        storeTokens("old_access", "refresh_revoked", Instant.now().minusSeconds(60));
        zalo.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .willReturn(okJson("{\"error\":-14014,\"error_name\":\"Invalid refresh token\",\"error_description\":\"refresh token is invalid\"}")));

        postSigned(textEvent("user-revoked", "msg-revoked", "cảm ơn", JSON)).statusCode(200);

        FailedSend failed = awaitFailedSend("user-revoked");
        assertEquals("token_unavailable", failed.errorCode);
        assertTrue(failed.errorMessage.contains("-14014"), failed.errorMessage);
        assertTrue(messagesTo("user-revoked").isEmpty());
        assertEquals("refresh_revoked", storedTokens().refreshToken);
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private static byte[] textEvent(String sender, String msgId, String text, ObjectMapper writer) throws Exception {
        ObjectNode root = writer.createObjectNode().put("app_id", ChannelsOnProfile.ZALO_APP_ID);
        root.putObject("sender").put("id", sender);
        root.put("user_id_by_app", "552177279717587730");
        root.putObject("recipient").put("id", "388613280878808645");
        root.put("event_name", "user_send_text");
        root.putObject("message").put("text", text).put("msg_id", msgId);
        root.put("timestamp", "1700000000000");
        return writer.writeValueAsBytes(root);
    }

    private static ValidatableResponse postSigned(byte[] body) throws Exception {
        String timestamp = JSON.readTree(body).path("timestamp").asText();
        return given().contentType(ContentType.JSON)
                .header("X-ZEvent-Signature", TestSignatures.zalo(ChannelsOnProfile.ZALO_APP_ID, body, timestamp, ChannelsOnProfile.OA_SECRET))
                .body(body)
                .when().post("/webhooks/zalo")
                .then();
    }

    private static JsonPath web(String message) {
        return given().contentType(ContentType.JSON).body(Map.of("message", message))
                .when().post("/api/v1/chat")
                .then().statusCode(200).extract().jsonPath();
    }

    private static ObjectNode textMessage(String userId, String text) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("recipient").put("user_id", userId);
        request.putObject("message").put("text", text);
        return request;
    }

    private static String text(JsonNode request) {
        return request.at("/message/text").textValue();
    }

    private static void storeTokens(String accessToken, String refreshToken, Instant expiresAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            ZaloToken token = ZaloToken.findById(ZaloToken.OA);
            token.accessToken = accessToken;
            token.refreshToken = refreshToken;
            token.accessExpiresAt = expiresAt;
        });
    }

    private static ZaloToken storedTokens() {
        ZaloToken token = QuarkusTransaction.requiringNew().call(() -> ZaloToken.<ZaloToken>findById(ZaloToken.OA));
        assertNotNull(token);
        return token;
    }

    private List<LoggedRequest> sendsTo(String userId) {
        return StubJournal.requests(zalo, SEND_PATH).stream()
                .filter(request -> userId.equals(StubJournal.json(request).at("/recipient/user_id").asText()))
                .toList();
    }

    private List<LoggedRequest> awaitSendsTo(String userId, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sendsTo(userId).size() >= count);
        return sendsTo(userId);
    }

    private List<JsonNode> messagesTo(String userId) {
        return sendsTo(userId).stream().map(StubJournal::json).toList();
    }

    private List<JsonNode> awaitMessagesTo(String userId, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(userId).size() >= count);
        return messagesTo(userId);
    }

    private static List<FailedSend> failedSendsTo(String userId) {
        return QuarkusTransaction.requiringNew().call(() -> FailedSend.<FailedSend>list("recipient", userId));
    }

    private static FailedSend awaitFailedSend(String userId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !failedSendsTo(userId).isEmpty());
        return failedSendsTo(userId).get(0);
    }
}
