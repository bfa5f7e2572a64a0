package vn.dvc.assistant.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import vn.dvc.assistant.conversation.PackagedService;

/**
 * The packaged service answering Messenger against {@link PlatformStub}, killed (SIGKILL) while every message it
 * acknowledged waits for its answer: the first one's typing indicator hangs in the stub, the others wait behind it on
 * the only worker. What each citizen is sent afterwards is read from the stub.
 */
final class OutboxCrash implements AutoCloseable {

    static final String SEND_PATH = "/v25.0/me/messages";
    static final String THANKS = "Rất vui được giúp anh/chị. Anh/chị cần hỏi thêm gì cứ nhắn cho tôi nhé.";

    private final PlatformStub stub = new PlatformStub();
    private final Map<String, String> platformUrls;
    final WireMockServer graph;

    OutboxCrash() {
        platformUrls = stub.start();
        graph = stub.server();
        graphAnswersAtOnce();
    }

    /** System properties of a service answering Messenger on the stub, with one worker, looking into the outbox every second. */
    Map<String, String> properties(Map<String, String> database) {
        Map<String, String> properties = new HashMap<>(database);
        properties.putAll(platformUrls);
        properties.put("assistant.channels.delivery.workers", "1");
        properties.put("assistant.channels.delivery.resume-every", "1s");
        // The hanging typing indicator is still waited for when the kill comes.
        properties.put("assistant.channels.delivery.request-timeout", "120s");
        return properties;
    }

    /** The Messenger secrets, as production reads them, beside {@code environment}. */
    static Map<String, String> environment(Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("MESSENGER_APP_SECRET", ChannelsOnProfile.APP_SECRET);
        all.put("MESSENGER_VERIFY_TOKEN", ChannelsOnProfile.VERIFY_TOKEN);
        all.put("MESSENGER_PAGE_TOKEN", ChannelsOnProfile.PAGE_TOKEN);
        return all;
    }

    /**
     * Posts {@code messages} (message id to [psid, text], in order) to {@code service}, all acknowledged, then kills
     * it while none is answered: the first one's typing indicator never returns.
     */
    void killWhileUnanswered(PackagedService service, LinkedHashMap<String, List<String>> messages) throws Exception {
        String first = messages.values().iterator().next().get(0);
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.id", WireMock.equalTo(first)))
                .withRequestBody(matchingJsonPath("$.sender_action"))
                .willReturn(okJson("{}").withFixedDelay(60_000)));
        try {
            for (Map.Entry<String, List<String>> message : messages.entrySet()) {
                MessengerEvent.post(service.port, MessengerEvent.text(message.getValue().get(0), message.getKey(), message.getValue().get(1)))
                        .statusCode(200);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> !StubJournal.bodies(graph, SEND_PATH,
                    body -> first.equals(body.at("/recipient/id").asText()) && body.has("sender_action")).isEmpty());
            for (List<String> message : messages.values()) {
                assertEquals(List.of(), textsTo(message.get(0)), "nothing was answered before the kill");
            }
        } finally {
            service.kill();
        }
        graph.resetAll();
        graphAnswersAtOnce();
    }

    /** The texts sent to {@code psid}, once {@code expected} many have come and no more followed within 3 s. */
    List<String> settledTextsTo(String psid, int expected) {
        await().atMost(Duration.ofSeconds(120)).until(() -> textsTo(psid).size() >= expected);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> textsTo(psid).size() == expected);
        return textsTo(psid);
    }

    List<String> textsTo(String psid) {
        return StubJournal.bodies(graph, SEND_PATH, body -> psid.equals(body.at("/recipient/id").asText()) && body.has("message"))
                .stream().map(body -> body.at("/message/text").asText()).toList();
    }

    /**
     * What the database holds afterwards: each citizen's conversation with {@code turns} turns (every message's turn
     * stored once), and nothing of theirs left in the outbox.
     */
    static void assertStoredOnce(Connection connection, Map<String, Integer> turns) throws SQLException {
        for (Map.Entry<String, Integer> citizen : turns.entrySet()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select turnCount from conversation where channel = 'messenger' and externalUser = ?")) {
                query.setString(1, citizen.getKey());
                try (ResultSet rows = query.executeQuery()) {
                    assertTrue(rows.next(), "a conversation with " + citizen.getKey());
                    assertEquals(citizen.getValue(), rows.getInt(1), "turns stored for " + citizen.getKey());
                }
            }
            try (PreparedStatement query = connection.prepareStatement("select count(*) from channel_outbox where sender = ?")) {
                query.setString(1, citizen.getKey());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    assertEquals(0, rows.getInt(1), "messages of " + citizen.getKey() + " left in the outbox");
                }
            }
        }
    }

    private void graphAnswersAtOnce() {
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"PSID\",\"message_id\":\"m_1\"}")));
    }

    @Override
    public void close() {
        stub.stop();
    }
}
