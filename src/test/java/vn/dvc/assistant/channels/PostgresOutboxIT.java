package vn.dvc.assistant.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.dvc.assistant.conversation.PackagedService;

/**
 * Only in the PostgreSQL suite (-Ppostgres), issue 15, item 11: what an instance killed between acknowledgement and
 * answer left in the outbox is answered once when two instances start together on the same database and both sweep
 * for it (SELECT ... FOR UPDATE SKIP LOCKED); one message delivered to both at once is answered once too.
 */
@Tag("postgres")
class PostgresOutboxIT {

    private static final int CITIZENS = 6;

    @Test
    void twoInstancesAnswerWhatADeadOneLeftEachOnce() throws Exception {
        Map<String, String> database = PackagedService.onTheSuitesPostgres();
        // The database outlives the suite's runs: citizens of this run only.
        String run = UUID.randomUUID().toString().substring(0, 8);
        LinkedHashMap<String, List<String>> messages = new LinkedHashMap<>();
        for (int i = 1; i <= CITIZENS; i++) {
            messages.put("mid.pg-" + run + "-" + i, List.of("psid-pg-" + run + "-" + i, "cảm ơn"));
        }

        try (OutboxCrash crash = new OutboxCrash()) {
            Map<String, String> properties = crash.properties(Map.of());
            Map<String, String> environment = OutboxCrash.environment(database);
            crash.killWhileUnanswered(PackagedService.start(properties, environment), messages);
            // Each request now takes 0.7 s: the instance that starts first is still working the messages off when the
            // other one starts and sweeps for them, so the two reach for the same ones.
            crash.graph.stubFor(post(urlPathEqualTo(OutboxCrash.SEND_PATH)).willReturn(okJson("{}").withFixedDelay(700)));

            ExecutorService starting = Executors.newFixedThreadPool(2);
            CompletableFuture<PackagedService> first = CompletableFuture.supplyAsync(
                    () -> started(properties, sendingAs("instance-a", environment)), starting);
            CompletableFuture<PackagedService> second = CompletableFuture.supplyAsync(
                    () -> started(properties, sendingAs("instance-b", environment)), starting);
            try {
                PackagedService a = first.get();
                PackagedService b = second.get();
                Map<String, Integer> turns = new HashMap<>();
                for (List<String> message : messages.values()) {
                    assertEquals(List.of(OutboxCrash.THANKS), crash.settledTextsTo(message.get(0), 1), "answered once: " + message.get(0));
                    turns.put(message.get(0), 1);
                }

                String both = "psid-pg-" + run + "-both";
                byte[] event = MessengerEvent.text(both, "mid.pg-" + run + "-both", "cảm ơn");
                CompletableFuture<Integer> toA = CompletableFuture.supplyAsync(() -> posted(a, event), starting);
                CompletableFuture<Integer> toB = CompletableFuture.supplyAsync(() -> posted(b, event), starting);
                assertEquals(List.of(200, 200), List.of(toA.get(), toB.get()));
                assertEquals(List.of(OutboxCrash.THANKS), crash.settledTextsTo(both, 1), "one message delivered to both instances");
                turns.put(both, 1);

                try (Connection connection = DriverManager.getConnection(database.get("DB_URL"), database.get("DB_USER"),
                        database.get("DB_PASSWORD"))) {
                    OutboxCrash.assertStoredOnce(connection, turns);
                }
            } finally {
                for (CompletableFuture<PackagedService> instance : List.of(first, second)) {
                    stopped(instance);
                }
                starting.shutdown();
            }
            System.out.printf("PostgresOutboxIT: %d messages left by a killed instance, answered once by two instances starting "
                    + "together (instance A sent %d of the answers, B %d)%n", messages.size(),
                    answersSentAs(crash, "instance-a"), answersSentAs(crash, "instance-b"));
        }
    }

    /** The page token tells in the stub's journal which instance sent a request. */
    private static Map<String, String> sendingAs(String pageToken, Map<String, String> environment) {
        Map<String, String> instance = new HashMap<>(environment);
        instance.put("MESSENGER_PAGE_TOKEN", pageToken);
        return instance;
    }

    private static long answersSentAs(OutboxCrash crash, String pageToken) {
        return StubJournal.requests(crash.graph, OutboxCrash.SEND_PATH).stream()
                .filter(request -> request.getUrl().endsWith("access_token=" + pageToken))
                .filter(request -> StubJournal.json(request).has("message")).count();
    }

    private static PackagedService started(Map<String, String> properties, Map<String, String> environment) {
        try {
            return PackagedService.start(properties, environment);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops an instance once it has started; one that did not start has nothing to stop. */
    private static void stopped(CompletableFuture<PackagedService> instance) throws InterruptedException {
        try {
            instance.get().close();
        } catch (ExecutionException didNotStart) {
            // its failure is the test's
        }
    }

    private static int posted(PackagedService service, byte[] event) {
        try {
            return MessengerEvent.post(service.port, event).extract().statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
