package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Many turns sent at once on one web conversation, as double clicks, two tabs or two replicas send them. */
final class ConcurrentTurns {

    private ConcurrentTurns() {
    }

    /** Starts a conversation on {@code port} and returns its id. */
    static String start(int port) {
        return given().port(port).contentType(ContentType.JSON)
                .body(Map.of("message", "Tôi muốn chấm dứt hộ kinh doanh"))
                .when().post("/api/v1/chat")
                .then().statusCode(200).extract().path("conversationId");
    }

    /**
     * {@code threads} threads each send {@code turnsEach} turns on the conversation, thread i to the port
     * {@code portOfThread(i)}; returns the turn number of every reply (null for a turn answered unstored).
     */
    static List<Integer> send(String conversationId, int threads, int turnsEach, IntUnaryOperator portOfThread)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> sent = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int port = portOfThread.applyAsInt(t);
                sent.add(pool.submit(() -> {
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < turnsEach; i++) {
                        Response reply = given().port(port).contentType(ContentType.JSON)
                                .body(Map.of("conversationId", conversationId, "message", i % 2 == 0 ? "lệ phí bao nhiêu" : "nộp ở đâu"))
                                .when().post("/api/v1/chat");
                        if (reply.statusCode() != 200) {
                            throw new AssertionError("turn refused: " + reply.statusCode() + " " + reply.asString());
                        }
                        numbers.add(reply.path("turn"));
                    }
                    return numbers;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> numbers : sent) {
                all.addAll(numbers.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The stored turn numbers of the conversation, as the history endpoint lists them. */
    static List<Integer> stored(int port, String conversationId) {
        return given().port(port).when().get("/api/v1/conversations/" + conversationId)
                .then().statusCode(200).extract().jsonPath().getList("turns.turn", Integer.class);
    }
}
