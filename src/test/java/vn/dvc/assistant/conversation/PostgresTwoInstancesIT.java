package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Only in the PostgreSQL suite (-Ppostgres): two instances of the packaged service, on two ports, share one
 * PostgreSQL database, configured as in production (DB_URL, DB_USER, DB_PASSWORD), and carry one conversation
 * between them, as replicas behind a load balancer do.
 */
@Tag("postgres")
class PostgresTwoInstancesIT {

    private static Map<String, String> database() {
        return Map.of(
                "DB_URL", System.getProperty("postgres.url"),
                "DB_USER", System.getProperty("postgres.user"),
                "DB_PASSWORD", System.getProperty("postgres.password"));
    }

    /** Issue 15: turns sent at once to both replicas on one conversation are numbered 1..n, none lost or doubled. */
    @Test
    void concurrentTurnsOnBothInstancesAreNumberedOneToN() throws Exception {
        Map<String, String> database = database();
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
    void oneConversationGoesOnAcrossTwoInstances() throws Exception {
        Map<String, String> database = database();
        try (PackagedService a = PackagedService.start(Map.of(), database);
                PackagedService b = PackagedService.start(Map.of(), database)) {
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
    }
}
