package vn.dvc.assistant.channels.messenger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.dvc.assistant.presentation.ChoiceLabels;
import vn.dvc.assistant.channels.ChannelsOnProfile;
import vn.dvc.assistant.channels.FailedSend;
import vn.dvc.assistant.channels.LongSectionKnowledgeBase;
import vn.dvc.assistant.channels.PlatformStub;
import vn.dvc.assistant.channels.ProcessedMessage;
import vn.dvc.assistant.channels.StubJournal;
import vn.dvc.assistant.channels.TestSignatures;

/** The Messenger webhook through real HTTP, with the Graph API played by a stub that records what it is sent. */
@QuarkusTest
@TestProfile(ChannelsOnProfile.class)
class MessengerWebhookTest {

    private static final String SEND_PATH = "/v25.0/me/messages";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING_JSON = new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final String THANKS = "Rất vui được giúp anh/chị. Anh/chị cần hỏi thêm gì cứ nhắn cho tôi nhé.";

    @PlatformStub.Server
    WireMockServer graph;

    @BeforeEach
    void graphAcceptsEverything() {
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"PSID\",\"message_id\":\"m_1\"}")));
    }

    // --- URL verification ------------------------------------------------------------------------

    @Test
    void theUrlCheckEchoesTheChallengeOnlyForOurToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", ChannelsOnProfile.VERIFY_TOKEN)
                .queryParam("hub.challenge", "1158201444")
                .when().get("/webhooks/messenger")
                .then().statusCode(200).contentType(ContentType.TEXT).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444")
                .when().get("/webhooks/messenger")
                .then().statusCode(403).contentType(ContentType.JSON).body("error", equalTo("verification_refused"));
        given().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", ChannelsOnProfile.VERIFY_TOKEN)
                .queryParam("hub.challenge", "1158201444")
                .when().get("/webhooks/messenger")
                .then().statusCode(403).contentType(ContentType.JSON);
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", ChannelsOnProfile.VERIFY_TOKEN)
                .when().get("/webhooks/messenger")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_challenge"));
    }

    // --- Signatures ------------------------------------------------------------------------------

    @Test
    void theDocumentedTestVectorIsAcceptedAndAnswered() {
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE_ID\",\"time\":1458692752478,\"messaging\":[{\"sender\":{\"id\":\"PSID\"},"
                + "\"recipient\":{\"id\":\"PAGE_ID\"},\"timestamp\":1458692752478,\"message\":{\"mid\":\"mid.1\",\"text\":\"caf\\u00e9\"}}]}]}";
        given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", "sha256=5c1076719a3dfea5a27095e9a579619013c9f7c867f97b6c9b01c254e5a58847")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/webhooks/messenger")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("received")).body("queued", equalTo(1));

        List<JsonNode> sent = awaitRequestsTo("PSID", 2);
        assertEquals(typingOn("PSID"), sent.get(0), "the typing indicator comes first");
        assertEquals(textMessage("PSID", expectedText(web("café")), web("café").getList("quickReplies", String.class)), sent.get(1));
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedAndNothingIsAnswered() throws Exception {
        byte[] body = event("psid-forged", "mid.forged", "xin chào", JSON);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/webhooks/messenger")
                .then().statusCode(403).contentType(ContentType.JSON).body("error", equalTo("invalid_signature"));
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", TestSignatures.messenger("another_secret", body)).body(body)
                .when().post("/webhooks/messenger")
                .then().statusCode(403).body("error", equalTo("invalid_signature"));
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", "sha256=").body(body)
                .when().post("/webhooks/messenger")
                .then().statusCode(403);
        // Signed as Meta sent it (é escaped), but handed on re-serialized (é raw): the bytes differ, so does the signature.
        byte[] escaped = event("psid-forged", "mid.forged", "café", ESCAPING_JSON);
        byte[] raw = event("psid-forged", "mid.forged", "café", JSON);
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", TestSignatures.messenger(ChannelsOnProfile.APP_SECRET, escaped))
                .body(raw)
                .when().post("/webhooks/messenger")
                .then().statusCode(403);

        postSigned(event("psid-forged", "mid.after-forged", "cảm ơn", JSON)).statusCode(200);
        List<JsonNode> replies = awaitMessagesTo("psid-forged", 1);
        assertEquals(THANKS, replies.get(0).at("/message/text").asText());
        assertEquals(1, messagesTo("psid-forged").size(), "the forged events were never answered");
    }

    @Test
    void invalidJsonWithAValidSignatureIsRefusedAsBadRequest() throws Exception {
        postSigned("{\"object\":\"page\",".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).contentType(ContentType.JSON).body("error", equalTo("invalid_json"));
        postSigned("[1,2]".getBytes(StandardCharsets.UTF_8)).statusCode(400).body("error", equalTo("invalid_json"));
        postSigned(new byte[0]).statusCode(400).body("error", equalTo("invalid_json"));
    }

    // --- What is answered ------------------------------------------------------------------------

    @Test
    void everyEventOfABatchIsAnsweredButEchoesDeliveriesAndReadsAreNot() throws Exception {
        String batch = """
                {"object":"page","entry":[
                 {"id":"PAGE_ID","time":1458692752478,"messaging":[
                  {"sender":{"id":"psid-batch-a"},"recipient":{"id":"PAGE_ID"},"timestamp":1,"message":{"mid":"mid.batch-a","text":"cảm ơn"}},
                  {"sender":{"id":"PAGE_ID"},"recipient":{"id":"psid-batch-a"},"timestamp":2,"message":{"mid":"mid.echo","is_echo":true,"app_id":1517776481860111,"text":"Xin chào"}},
                  {"sender":{"id":"psid-batch-a"},"recipient":{"id":"PAGE_ID"},"timestamp":3,"delivery":{"mids":["mid.echo"],"watermark":3}}]},
                 {"id":"PAGE_ID","time":1458692752479,"messaging":[
                  {"sender":{"id":"psid-batch-b"},"recipient":{"id":"PAGE_ID"},"timestamp":4,"read":{"watermark":4}},
                  {"sender":{"id":"psid-batch-b"},"recipient":{"id":"PAGE_ID"},"timestamp":5,"message":{"mid":"mid.batch-b","text":"cảm ơn"}},
                  {"sender":{"id":"psid-batch-c"},"recipient":{"id":"PAGE_ID"},"timestamp":6,"message":{"mid":"mid.batch-c","text":"cảm ơn"}}]}]}
                """;
        postSigned(batch.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("queued", equalTo(3));

        for (String psid : List.of("psid-batch-a", "psid-batch-b", "psid-batch-c")) {
            assertEquals(THANKS, awaitMessagesTo(psid, 1).get(0).at("/message/text").asText());
        }
        assertTrue(messagesTo("PAGE_ID").isEmpty(), "the page's echo is not answered");
    }

    @Test
    void getStartedGreetsWithTheProceduresAsQuickReplies() throws Exception {
        String postback = """
                {"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"psid-start"},"recipient":{"id":"PAGE_ID"},
                 "timestamp":1,"postback":{"mid":"mid.start","title":"Bắt đầu","payload":"GET_STARTED"}}]}]}
                """;
        postSigned(postback.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("queued", equalTo(1));

        JsonNode expected = StubJournal.json("""
                {"recipient":{"id":"psid-start"},"messaging_type":"RESPONSE","message":{
                 "text":"Xin chào! Tôi là trợ lý ảo hướng dẫn thủ tục hộ kinh doanh và dịch vụ công trực tuyến. Anh/chị cần hỏi về thủ tục nào: hồ sơ, lệ phí, thời gian hay nơi nộp?",
                 "quick_replies":[
                  {"content_type":"text","title":"Đăng ký thành lập","payload":"Đăng ký thành lập hộ kinh doanh"},
                  {"content_type":"text","title":"Thay đổi nội dung","payload":"Đăng ký thay đổi nội dung đăng ký hộ kinh doanh"},
                  {"content_type":"text","title":"Tạm ngừng kinh doanh","payload":"Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh"},
                  {"content_type":"text","title":"Chấm dứt hoạt động","payload":"Chấm dứt hoạt động hộ kinh doanh"}]}}
                """);
        assertEquals(expected, awaitMessagesTo("psid-start", 1).get(0));
    }

    @Test
    void aTappedQuickReplyIsReadByItsPayloadAndContextCarriesAcrossTurns() throws Exception {
        postSigned(event("psid-context", "mid.context-1", "hộ kinh doanh", JSON)).statusCode(200);
        JsonNode clarify = awaitMessagesTo("psid-context", 1).get(0);
        assertTrue(clarify.at("/message/text").asText().startsWith("Anh/chị muốn hỏi về thủ tục nào?"), clarify.toString());

        String tapped = """
                {"object":"page","entry":[{"id":"PAGE_ID","time":2,"messaging":[{"sender":{"id":"psid-context"},"recipient":{"id":"PAGE_ID"},
                 "timestamp":2,"message":{"mid":"mid.context-2","text":"Chấm dứt hoạt động…","quick_reply":{"payload":"Chấm dứt hoạt động hộ kinh doanh"}}}]}]}
                """;
        postSigned(tapped.getBytes(StandardCharsets.UTF_8)).statusCode(200);
        String answer = awaitMessagesTo("psid-context", 2).get(1).at("/message/text").asText();
        assertTrue(answer.startsWith("Chấm dứt hoạt động hộ kinh doanh – "), answer);

        postSigned(event("psid-context", "mid.context-3", "còn lệ phí thì sao?", JSON)).statusCode(200);
        String fees = awaitMessagesTo("psid-context", 3).get(2).at("/message/text").asText();
        assertTrue(fees.startsWith("Chấm dứt hoạt động hộ kinh doanh – Phí, lệ phí"), fees);
    }

    @Test
    void anAttachmentWithoutTextGetsTheOnlyTextReply() throws Exception {
        String picture = """
                {"object":"page","entry":[{"id":"PAGE_ID","time":1,"messaging":[{"sender":{"id":"psid-picture"},"recipient":{"id":"PAGE_ID"},
                 "timestamp":1,"message":{"mid":"mid.picture","attachments":[{"type":"image","payload":{"url":"https://scontent.example/p.jpg"}}]}}]}]}
                """;
        postSigned(picture.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("queued", equalTo(1));
        assertEquals(textMessage("psid-picture", "Xin lỗi, tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ câu hỏi, "
                + "ví dụ: \"Đăng ký hộ kinh doanh cần giấy tờ gì?\"", List.of()), awaitMessagesTo("psid-picture", 1).get(0));
    }

    @Test
    void anOverLongMessageGetsAShortExplanation() throws Exception {
        postSigned(event("psid-long-question", "mid.long-question", "hộ kinh doanh ".repeat(100), JSON)).statusCode(200);
        String text = awaitMessagesTo("psid-long-question", 1).get(0).at("/message/text").asText();
        assertEquals("Tin nhắn hơi dài. Anh/chị vui lòng hỏi ngắn gọn hơn, trong khoảng 1000 ký tự.", text);
    }

    @Test
    void escapedAndRawVietnameseAreReadAlike() throws Exception {
        String question = "Tôi muốn chấm dứt hộ kinh doanh";
        postSigned(event("psid-escaped", "mid.escaped", question, ESCAPING_JSON)).statusCode(200);
        postSigned(event("psid-raw", "mid.raw", question, JSON)).statusCode(200);

        JsonNode escaped = awaitMessagesTo("psid-escaped", 1).get(0).get("message");
        JsonNode raw = awaitMessagesTo("psid-raw", 1).get(0).get("message");
        assertEquals(raw, escaped);
        assertEquals(expectedText(web(question)), raw.get("text").asText());
    }

    @Test
    void aLongReplyIsSplitUnderTheLimitAtLineBoundaries() throws Exception {
        String question = "căn cứ pháp lý đăng ký thành lập hộ kinh doanh";
        JsonPath web = web(question);
        assertEquals(LongSectionKnowledgeBase.GUIDE, web.getString("procedureId"));
        assertEquals(LongSectionKnowledgeBase.SECTION, web.getString("aspect"));
        String full = expectedText(web);
        assertTrue(full.length() > 2000, "the reply is longer than one message");

        postSigned(event("psid-split", "mid.split", question, JSON)).statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo("psid-split").size() >= 2);
        List<JsonNode> parts = messagesTo("psid-split");
        StringBuilder rejoined = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String text = parts.get(i).at("/message/text").asText();
            assertTrue(text.length() <= 2000, "part " + i + " has " + text.length() + " characters");
            assertTrue(full.contains(text + "\n") || i == parts.size() - 1, "part " + i + " ends at the end of a line");
            assertEquals(i == parts.size() - 1, parts.get(i).at("/message").has("quick_replies"), "quick replies go with the last part only");
            rejoined.append(i == 0 ? "" : "\n").append(text);
        }
        assertEquals(full.replaceAll("\\s+", " "), rejoined.toString().replaceAll("\\s+", " "), "nothing is lost");
    }

    // --- Duplicates ------------------------------------------------------------------------------

    @Test
    void aMessageDeliveredTwiceIsAnsweredOnce() throws Exception {
        byte[] body = event("psid-twice", "mid.twice", "xin chào", JSON);
        postSigned(body).statusCode(200);
        postSigned(body).statusCode(200);
        postSigned(event("psid-twice", "mid.twice-next", "cảm ơn", JSON)).statusCode(200);

        // One worker answers a sender's events in order: once the last is answered, the duplicate was handled.
        List<JsonNode> replies = awaitMessagesTo("psid-twice", 2);
        assertEquals(THANKS, replies.get(1).at("/message/text").asText());
        assertEquals(2, messagesTo("psid-twice").size());
    }

    @Test
    void aMessageTakenBeforeARestartIsNotAnsweredAgain() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            ProcessedMessage seen = new ProcessedMessage();
            seen.channel = "messenger";
            seen.messageId = "mid.before-restart";
            seen.receivedAt = Instant.now();
            seen.persist();
        });
        postSigned(event("psid-restart", "mid.before-restart", "xin chào", JSON)).statusCode(200);
        postSigned(event("psid-restart", "mid.after-restart", "cảm ơn", JSON)).statusCode(200);

        List<JsonNode> replies = awaitMessagesTo("psid-restart", 1);
        assertEquals(THANKS, replies.get(0).at("/message/text").asText());
        assertEquals(1, messagesTo("psid-restart").size());
    }

    /** Issue 15: a signed event with a sender id over 64 characters logged a stack trace (the column holds 64). */
    @Test
    void aSenderIdTooLongToBeMessengersIsDropped() throws Exception {
        String psid = "9".repeat(65);
        postSigned(event(psid, "mid.long-sender", "xin chào", JSON)).statusCode(200);
        postSigned(event("psid-after-long", "mid.after-long", "cảm ơn", JSON)).statusCode(200);

        awaitMessagesTo("psid-after-long", 1);
        assertEquals(0, messagesTo(psid).size(), "nothing is sent to a sender no platform has");
    }

    // --- Platform errors -------------------------------------------------------------------------

    /** 4, 17 and 32 (application, user and page request limits) were taken as final before issue 15. */
    @ParameterizedTest
    @ValueSource(ints = {4, 17, 32, 613})
    void aRateLimitIsRetriedWithBackoffThenSent(int code) throws Exception {
        String psid = "psid-rate-limited-" + code;
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.id", WireMock.equalTo(psid)))
                .withRequestBody(matchingJsonPath("$.message"))
                .inScenario("rate limit " + code).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited once")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"(#" + code + ") Calls to this api have exceeded the rate limit.\","
                                + "\"type\":\"OAuthException\",\"code\":" + code + ",\"fbtrace_id\":\"AbCdEf\"}}")));

        postSigned(event(psid, "mid.rate-limited-" + code, "cảm ơn", JSON)).statusCode(200);

        List<JsonNode> attempts = awaitMessagesTo(psid, 2);
        assertEquals(attempts.get(0), attempts.get(1), "the same message is sent again");
        assertEquals(THANKS, attempts.get(1).at("/message/text").asText());
        assertTrue(failedSendsTo(psid).isEmpty());
    }

    @Test
    void aPermanentErrorIsNotRetriedAndTheReplyIsStored() throws Exception {
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.id", WireMock.equalTo("psid-outside-window")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"(#10) This message is sent outside of allowed window.\","
                                + "\"type\":\"OAuthException\",\"code\":10,\"error_subcode\":2018278,\"fbtrace_id\":\"XyZ\"}}")));

        postSigned(event("psid-outside-window", "mid.outside-window", "cảm ơn", JSON)).statusCode(200);

        FailedSend failed = awaitFailedSend("psid-outside-window");
        assertEquals("messenger", failed.channel);
        assertEquals("10/2018278", failed.errorCode);
        assertTrue(failed.errorMessage.contains("outside of allowed window"), failed.errorMessage);
        assertEquals(1, failed.attempts);
        assertEquals(textMessage("psid-outside-window", THANKS, web("cảm ơn").getList("quickReplies", String.class)),
                StubJournal.json(failed.payload));
        assertEquals(1, messagesTo("psid-outside-window").size(), "a permanent error is not retried");
    }

    @Test
    void aTemporaryErrorThatLastsIsStoredAfterTheLastAttempt() throws Exception {
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.id", WireMock.equalTo("psid-down")))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Temporary failure\",\"type\":\"OAuthException\",\"code\":1200}}")));

        postSigned(event("psid-down", "mid.down", "cảm ơn", JSON)).statusCode(200);

        FailedSend failed = awaitFailedSend("psid-down");
        assertEquals("1200", failed.errorCode);
        assertEquals(3, failed.attempts, "max-attempts is 3 in the test profile");
        assertEquals(3, messagesTo("psid-down").size());
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private static byte[] event(String psid, String mid, String text, ObjectMapper writer) throws Exception {
        ObjectNode root = writer.createObjectNode().put("object", "page");
        ObjectNode entry = root.putArray("entry").addObject().put("id", "PAGE_ID").put("time", 1458692752478L);
        ObjectNode item = entry.putArray("messaging").addObject();
        item.putObject("sender").put("id", psid);
        item.putObject("recipient").put("id", "PAGE_ID");
        item.put("timestamp", 1458692752478L);
        item.putObject("message").put("mid", mid).put("text", text);
        return writer.writeValueAsBytes(root);
    }

    private static ValidatableResponse postSigned(byte[] body) throws Exception {
        return given().contentType(ContentType.JSON)
                .header("X-Hub-Signature-256", TestSignatures.messenger(ChannelsOnProfile.APP_SECRET, body))
                .body(body)
                .when().post("/webhooks/messenger")
                .then();
    }

    /** The web chat's reply to the same question in a new conversation: the same dialogue answers both. */
    private static JsonPath web(String message) {
        return given().contentType(ContentType.JSON).body(Map.of("message", message))
                .when().post("/api/v1/chat")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The reply as Messenger shows it: the text, then each source as a plain "Nguồn: title url" line. */
    private static String expectedText(JsonPath web) {
        StringBuilder text = new StringBuilder(web.getString("text").strip());
        List<String> titles = web.getList("sources.title", String.class);
        List<String> urls = web.getList("sources.url", String.class);
        for (int i = 0; i < titles.size(); i++) {
            text.append(i == 0 ? "\n\n" : "\n").append("Nguồn: ").append(titles.get(i)).append(' ').append(urls.get(i));
        }
        return text.toString();
    }

    private static ObjectNode typingOn(String psid) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("recipient").put("id", psid);
        request.put("sender_action", "typing_on");
        return request;
    }

    private static ObjectNode textMessage(String psid, String text, List<String> suggestions) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("recipient").put("id", psid);
        request.put("messaging_type", "RESPONSE");
        ObjectNode message = request.putObject("message").put("text", text);
        if (!suggestions.isEmpty()) {
            ArrayNode quickReplies = message.putArray("quick_replies");
            List<String> titles = ChoiceLabels.of(suggestions);
            for (int i = 0; i < suggestions.size(); i++) {
                quickReplies.addObject().put("content_type", "text").put("title", titles.get(i)).put("payload", suggestions.get(i));
            }
        }
        return request;
    }

    private List<JsonNode> requestsTo(String psid) {
        return StubJournal.bodies(graph, SEND_PATH, body -> psid.equals(body.at("/recipient/id").asText()));
    }

    private List<JsonNode> messagesTo(String psid) {
        return requestsTo(psid).stream().filter(body -> body.has("message")).toList();
    }

    private List<JsonNode> awaitRequestsTo(String psid, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> requestsTo(psid).size() >= count);
        return requestsTo(psid);
    }

    private List<JsonNode> awaitMessagesTo(String psid, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(psid).size() >= count);
        return messagesTo(psid);
    }

    private static List<FailedSend> failedSendsTo(String psid) {
        return QuarkusTransaction.requiringNew().call(() -> FailedSend.<FailedSend>list("recipient", psid));
    }

    private static FailedSend awaitFailedSend(String psid) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !failedSendsTo(psid).isEmpty());
        return failedSendsTo(psid).get(0);
    }
}
