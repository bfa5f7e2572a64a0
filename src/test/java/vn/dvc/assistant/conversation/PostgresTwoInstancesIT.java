package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Comparator;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Only in the PostgreSQL suite (-Ppostgres): two instances of the packaged service, on two ports, share one
 * PostgreSQL database, configured as in production (DB_URL, DB_USER, DB_PASSWORD), as replicas behind a load
 * balancer do: one conversation goes on across them, and a guide edited through one is answered by the other.
 */
@Tag("postgres")
class PostgresTwoInstancesIT {

    /** At least 32 characters: production refuses a shorter admin token. */
    private static final String TOKEN = "two-instances-token-long-enough-for-production";

    private static PackagedService a;
    private static PackagedService b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Map<String, String> environment = new HashMap<>(PackagedService.onTheSuitesPostgres());
        environment.put("ADMIN_TOKEN", TOKEN);
        a = PackagedService.start(Map.of(), environment);
        b = PackagedService.start(Map.of(), environment);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    /** Issue 15: turns sent at once to both replicas on one conversation are numbered 1..n, none lost or doubled. */
    @Test
    void concurrentTurnsOnBothInstancesAreNumberedOneToN() throws Exception {
        Map<String, String> database = PackagedService.onTheSuitesPostgres();
        try (PackagedService a = PackagedService.start(PackagedService.UNLIMITED, database);
                PackagedService b = PackagedService.start(PackagedService.UNLIMITED, database)) {
            String id = ConcurrentTurns.start(a.port);

            List<Integer> answered = ConcurrentTurns.send(id, 16, 10, thread -> thread % 2 == 0 ? a.port : b.port);

            assertEquals(IntStream.rangeClosed(2, 161).boxed().toList(),
                    answered.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList());
            assertEquals(IntStream.rangeClosed(1, 161).boxed().toList(), ConcurrentTurns.stored(b.port, id));
        }
    }

    @Test
    void oneConversationGoesOnAcrossTwoInstances() {
        String id = given().port(a.port).contentType(ContentType.JSON)
                .body(Map.of("message", "Tôi muốn chấm dứt hộ kinh doanh"))
                .when().post("/api/v1/chat")
                .then().statusCode(200)
                .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .body("turn", equalTo(1))
                .extract().path("conversationId");

        given().port(b.port).contentType(ContentType.JSON)
                .body(Map.of("conversationId", id, "message", "còn lệ phí thì sao?"))
                .when().post("/api/v1/chat")
                .then().statusCode(200)
                .body("conversationId", equalTo(id))
                .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .body("aspect", equalTo("fees"))
                .body("turn", equalTo(2));

        given().port(a.port).when().get("/api/v1/conversations/" + id)
                .then().statusCode(200).body("turns", hasSize(2))
                .body("turns[1].aspect", equalTo("fees"));
    }

    @Test
    void aGuideEditedThroughOneInstanceIsAnsweredByTheOther() {
        String path = "procedures/dvc-tra-cuu-ho-so.md";
        String marker = "Ghi chú thêm qua máy chủ A " + UUID.randomUUID() + ".";
        var opened = given().port(a.port).header("Authorization", "Bearer " + TOKEN)
                .when().get("/api/v1/admin/knowledge-base/files/" + path).then().statusCode(200).extract().jsonPath();
        String question = "tra cứu tình trạng hồ sơ như thế nào";
        String aspect = given().port(b.port).contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200).extract().path("aspect");
        String edited = opened.getString("content").replaceFirst("## " + aspect + "\n((\\? .*\n)*)", "## " + aspect + "\n$1" + marker + "\n");
        long saved = System.nanoTime();
        given().port(a.port).header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Map.of("content", edited, "revision", opened.getInt("revision"), "reason", "two instances"))
                .when().put("/api/v1/admin/knowledge-base/files/" + path).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().port(b.port).when().get("/api/v1/procedures/dvc-tra-cuu-ho-so")
                        .then().statusCode(200).body("sections." + aspect, containsString(marker)));
        System.out.printf("An edit saved on instance A was in service on instance B after %d ms%n",
                (System.nanoTime() - saved) / 1_000_000);
        given().port(b.port).contentType(ContentType.JSON).body(Map.of("message", question))
                .when().post("/api/v1/chat").then().statusCode(200)
                .body("procedureId", equalTo("dvc-tra-cuu-ho-so")).body("text", containsString(marker));

        // The second editor, on instance B, saving over the revision they opened before A's save is told.
        given().port(b.port).header("Authorization", "Bearer " + TOKEN).contentType(ContentType.JSON)
                .body(Map.of("content", opened.getString("content"), "revision", opened.getInt("revision")))
                .when().put("/api/v1/admin/knowledge-base/files/" + path).then().statusCode(409)
                .body("current.content", containsString(marker));
    }
}
