package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Runs the packaged application twice on one embedded database file: a conversation started before the
 * restart goes on after it, because the service keeps conversation state in the database only.
 */
class RestartContinuityIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null) {
            running.destroy();
            running.waitFor();
        }
    }

    @Test
    void aConversationGoesOnAfterARestart() throws Exception {
        assertTrue(Files.exists(JAR), "package the application first: " + JAR);
        Path database = Files.createTempDirectory(Path.of("target"), "restart-it-").resolve("assistant");
        int port = freePort();

        running = start(port, database);
        String id = given().port(port).contentType(ContentType.JSON)
                .body(Map.of("message", "Tôi muốn chấm dứt hộ kinh doanh"))
                .when().post("/api/v1/chat")
                .then().statusCode(200).body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .extract().path("conversationId");
        running.destroy();
        assertEquals(0, exitCode(running.waitFor()), "the service stops cleanly");

        running = start(port, database);
        given().port(port).contentType(ContentType.JSON)
                .body(Map.of("conversationId", id, "message", "còn lệ phí thì sao?"))
                .when().post("/api/v1/chat")
                .then().statusCode(200)
                .body("procedureId", equalTo("hkd-cham-dut-hoat-dong"))
                .body("aspect", equalTo("fees"))
                .body("turn", equalTo(2));
        given().port(port).when().get("/api/v1/conversations/" + id)
                .then().statusCode(200).body("turns", hasSize(2));
    }

    /** A JVM stopped by SIGTERM exits with 143; Quarkus shuts down gracefully either way. */
    private static int exitCode(int code) {
        return code == 143 ? 0 : code;
    }

    private static Process start(int port, Path database) throws IOException, InterruptedException {
        Path log = Files.createTempFile(Path.of("target"), "restart-it-", ".log");
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + database.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service did not start:\n" + Files.readString(log));
            }
            try {
                if (given().port(port).when().get("/api/v1/procedures").statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYetListening) {
                Thread.sleep(200);
            }
        }
        process.destroy();
        throw new IllegalStateException("the service did not answer within 60 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
