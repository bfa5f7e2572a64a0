package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Conversations going on at once against the packaged service until it is killed (SIGKILL); what each one was
 * answered, by turn number, to count against what the service kept after a restart.
 */
final class CrashUnderLoad {

    /** The highest turn number each conversation was answered with before the kill. */
    final Map<String, Integer> answered = new ConcurrentHashMap<>();
    /** The last refusal or error before the kill, to tell why a load answered nothing. */
    volatile String lastFailure = "none";

    private CrashUnderLoad() {
    }

    /**
     * {@code conversations} citizens chat on {@code service} until {@code turns} turns were answered (a cold service
     * on a loaded machine takes seconds for its first ones), then it is killed mid-load.
     */
    static CrashUnderLoad run(PackagedService service, int conversations, int turns) throws Exception {
        CrashUnderLoad load = new CrashUnderLoad();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService citizens = Executors.newFixedThreadPool(conversations);
        for (int c = 0; c < conversations; c++) {
            citizens.submit(() -> load.chat(service.port, killed));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (load.turnsAnswered() < turns && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        service.kill();
        killed.set(true);
        citizens.shutdown();
        citizens.awaitTermination(60, TimeUnit.SECONDS);
        return load;
    }

    private void chat(int port, AtomicBoolean killed) {
        String id = null;
        while (!killed.get()) {
            try {
                Map<String, Object> body = new java.util.HashMap<>(Map.of("message", id == null ? "Tôi muốn chấm dứt hộ kinh doanh" : "lệ phí bao nhiêu"));
                if (id != null) {
                    body.put("conversationId", id);
                }
                Response reply = given().port(port).contentType(ContentType.JSON).body(body).when().post("/api/v1/chat");
                Integer turn = reply.statusCode() == 200 ? reply.path("turn") : null;
                if (turn == null && !killed.get()) {
                    lastFailure = reply.statusCode() + " " + reply.asString();
                }
                if (turn != null) {
                    id = reply.path("conversationId");
                    answered.put(id, turn);
                }
            } catch (RuntimeException connectionGone) {
                if (killed.get()) {
                    return;
                }
                lastFailure = connectionGone.toString();
            }
        }
    }

    /** Turns answered before the kill that the restarted service does not have, over all conversations. */
    List<String> lostOn(int port) {
        List<String> lost = new ArrayList<>();
        answered.forEach((id, turn) -> {
            Response history = given().port(port).when().get("/api/v1/conversations/" + id);
            int kept = history.statusCode() == 200 ? history.jsonPath().getList("turns").size() : 0;
            if (kept < turn) {
                lost.add(id + ": answered " + turn + ", kept " + kept);
            }
        });
        return lost;
    }

    int turnsAnswered() {
        return answered.values().stream().mapToInt(Integer::intValue).sum();
    }
}
