package vn.dvc.assistant.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

import vn.dvc.assistant.channels.messenger.MessengerChannel;
import vn.dvc.assistant.conversation.Conversation;

/**
 * Issue 15, item 11: a message acknowledged to the platform is kept in the outbox until its reply is sent, and what a
 * service that died left there is answered once after the restart, however many workers reach for it. On H2 here and
 * on PostgreSQL in -Ppostgres (SELECT ... FOR UPDATE SKIP LOCKED on both).
 */
@QuarkusTest
@TestProfile(ChannelsOnProfile.class)
class OutboxTest {

    private static final String SEND_PATH = "/v25.0/me/messages";
    private static final String THANKS = "Rất vui được giúp anh/chị. Anh/chị cần hỏi thêm gì cứ nhắn cho tôi nhé.";

    @PlatformStub.Server
    WireMockServer graph;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    OutboxSweep sweep;

    @BeforeEach
    void graphAcceptsEverything() {
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"recipient_id\":\"PSID\",\"message_id\":\"m_1\"}")));
    }

    @Test
    void theAcknowledgementComesOnceTheMessageIsKeptAndTheOutboxIsEmptiedOnceItIsAnswered() throws Exception {
        // The page "types" for 3 s: the reply cannot have gone out when the acknowledgement is read.
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.id", WireMock.equalTo("psid-kept")))
                .withRequestBody(matchingJsonPath("$.sender_action"))
                .willReturn(okJson("{\"recipient_id\":\"psid-kept\"}").withFixedDelay(3000)));

        MessengerEvent.post(RestAssured.port, MessengerEvent.text("psid-kept", "mid.kept", "cảm ơn")).statusCode(200)
                .body("queued", equalTo(1));
        assertEquals(List.of("mid.kept"), keptFor("psid-kept").stream().map(kept -> kept.messageId).toList());

        assertEquals(List.of(THANKS), awaitTextsTo("psid-kept", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> keptFor("psid-kept").isEmpty());
    }

    /**
     * What a service killed between acknowledgement and answer leaves: a message not answered yet, and a reply sent in
     * part. The sweep an instance runs as it starts answers the first and sends the rest of the second, once, even
     * with two sweeps at once (the scheduled one, or two replicas starting together).
     */
    @Test
    void messagesLeftByAServiceThatDiedAreAnsweredOnceAfterTheRestart() throws Exception {
        long unanswered = keptBeforeThisStart("psid-left-unanswered", "mid.left-unanswered", "cảm ơn");
        long halfSent = keptBeforeThisStart("psid-left-half-sent", "mid.left-half-sent", "cảm ơn");
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage kept = OutboxMessage.findById(halfSent);
            outbox.answered(kept, List.of(part("psid-left-half-sent", "Phần 1"), part("psid-left-half-sent", "Phần 2"),
                    part("psid-left-half-sent", "Phần 3")));
            kept.partsSent = 1;
            kept.updatedAt = Instant.now().minus(Duration.ofMinutes(10));
        });

        atOnce(2, sweep::resume);

        assertEquals(List.of(THANKS), awaitTextsTo("psid-left-unanswered", 1));
        assertEquals(List.of("Phần 2", "Phần 3"), awaitTextsTo("psid-left-half-sent", 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxHolds(unanswered, halfSent) == 0);
        sweep.resume();
        assertEquals(List.of(THANKS), textsTo("psid-left-unanswered"), "answered once");
        assertEquals(List.of("Phần 2", "Phần 3"), textsTo("psid-left-half-sent"), "the part sent before the crash is not sent again");
        assertEquals(1, typingsTo("psid-left-unanswered"));
        assertEquals(0, typingsTo("psid-left-half-sent"), "the reply had begun: no typing indicator in its middle");
        assertEquals(1, turnsOf("psid-left-unanswered"), "the turn is stored once");
    }

    @Test
    void workersRacingForOneMessageAnswerItOnce() throws Exception {
        long id = outbox.keep(MessengerChannel.NAME, InboundMessage.text("mid.raced", "psid-raced", "cảm ơn")).orElseThrow();

        atOnce(4, () -> worker.work(id));

        assertEquals(0, outboxHolds(id), "the workers are done");
        assertEquals(List.of(THANKS), textsTo("psid-raced"));
        assertEquals(1, turnsOf("psid-raced"));
    }

    /**
     * Issue 14's channels' health with the outbox: a reply the outbox has sent in full is its channel's last delivery
     * (written at most every {@link ChannelActivity#SUCCESS_WRITE_EVERY} per instance, so messages are sent until that
     * window, opened by the tests before, has passed); a reply the platform refused is not.
     */
    @Test
    void aReplyTheOutboxSentInFullIsTheChannelsLastDelivery() throws Exception {
        graph.stubFor(post(urlPathEqualTo(SEND_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.recipient.id", WireMock.equalTo("psid-status-refused")))
                .withRequestBody(matchingJsonPath("$.message"))
                .willReturn(WireMock.aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"(#10) outside of allowed window\",\"code\":10,\"error_subcode\":2018278}}")));
        QuarkusTransaction.requiringNew().run(() -> ChannelStatus.update("lastSuccessAt = null where channel = ?1", MessengerChannel.NAME));
        List<Instant> refusedAt = new ArrayList<>();
        await().atMost(ChannelActivity.SUCCESS_WRITE_EVERY.plusSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            // The outbox's worker, as a webhook queues it: refused ones first, so they would show if they counted.
            refusedAt.add(Instant.now());
            worker.work(outbox.keep(MessengerChannel.NAME, InboundMessage.text("mid.status-refused-" + refusedAt.size(),
                    "psid-status-refused", "cảm ơn")).orElseThrow());
            assertEquals(null, lastSuccessOf(MessengerChannel.NAME), "a refused reply is no delivery");
            worker.work(outbox.keep(MessengerChannel.NAME, InboundMessage.text("mid.status-sent-" + refusedAt.size(),
                    "psid-status-sent", "cảm ơn")).orElseThrow());
            return lastSuccessOf(MessengerChannel.NAME) != null;
        });
        assertEquals(refusedAt.size(), textsTo("psid-status-sent").size(), "each reply sent once");
        assertEquals("10/2018278", QuarkusTransaction.requiringNew().call(() ->
                ChannelStatus.<ChannelStatus>findById(MessengerChannel.NAME).lastErrorCode), "a refusal is the last error");
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private static Instant lastSuccessOf(String channel) {
        return QuarkusTransaction.requiringNew().call(() -> ChannelStatus.<ChannelStatus>findById(channel).lastSuccessAt);
    }

    /** Kept as the webhook keeps it, at a time before this instance started: what a previous run left. */
    private long keptBeforeThisStart(String psid, String mid, String text) {
        long id = outbox.keep(MessengerChannel.NAME, InboundMessage.text(mid, psid, text)).orElseThrow();
        Instant then = Instant.now().minus(Duration.ofMinutes(10));
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("receivedAt = ?1, updatedAt = ?1 where id = ?2", then, id));
        return id;
    }

    private static ObjectNode part(String psid, String text) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.putObject("recipient").put("id", psid);
        request.put("messaging_type", "RESPONSE");
        request.putObject("message").put("text", text);
        return request;
    }

    /** Runs {@code work} on {@code threads} threads released together, and waits for all of them. */
    private static void atOnce(int threads, Runnable work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<OutboxMessage> keptFor(String psid) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("sender", psid));
    }

    private static long outboxHolds(Long... ids) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("id in ?1", List.of(ids)));
    }

    private static int turnsOf(String psid) {
        return QuarkusTransaction.requiringNew().call(() -> Conversation.<Conversation>find("channel = ?1 and externalUser = ?2",
                MessengerChannel.NAME, psid).singleResult().turnCount);
    }

    private List<JsonNode> requestsTo(String psid) {
        return StubJournal.bodies(graph, SEND_PATH, body -> psid.equals(body.at("/recipient/id").asText()));
    }

    private List<String> textsTo(String psid) {
        return requestsTo(psid).stream().filter(body -> body.has("message")).map(body -> body.at("/message/text").asText()).toList();
    }

    private long typingsTo(String psid) {
        return requestsTo(psid).stream().filter(body -> body.has("sender_action")).count();
    }

    private List<String> awaitTextsTo(String psid, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> textsTo(psid).size() >= count);
        return textsTo(psid);
    }
}
