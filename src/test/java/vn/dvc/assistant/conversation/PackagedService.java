package vn.dvc.assistant.conversation;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged application (target/quarkus-app) run as its own process, as in production. */
public final class PackagedService implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    public final int port;
    private final Process process;

    private PackagedService(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** System properties that lift the chat's rate limit: a load test sends hundreds of turns from one address. */
    static final Map<String, String> UNLIMITED = Map.of(
            "assistant.rate-limit.chat-per-minute", "1000000",
            "assistant.rate-limit.chat-burst", "1000000");

    /** {@code properties} and {@link #UNLIMITED} together. */
    static Map<String, String> unlimited(Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.putAll(UNLIMITED);
        return all;
    }

    /** System properties that put the database in a fresh H2 file under target/, named after {@code purpose}. */
    static Map<String, String> onAFreshH2File(String purpose) throws IOException {
        Path database = Files.createTempDirectory(Path.of("target"), purpose + "-").resolve("assistant");
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + database.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** Starts the jar on a free port with the given system properties and environment; returns once it answers. */
    public static PackagedService start(Map<String, String> properties, Map<String, String> environment)
            throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("package the application first: " + JAR);
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        Path log = Files.createTempFile(Path.of("target"), "packaged-service-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service did not start:\n" + Files.readString(log));
            }
            try {
                if (given().port(port).when().get("/api/v1/procedures").statusCode() == 200) {
                    return new PackagedService(port, process);
                }
            } catch (Exception notYetListening) {
                Thread.sleep(200);
            }
        }
        process.destroy();
        throw new IllegalStateException("the service did not answer within 180 s:\n" + Files.readString(log));
    }

    /** Stops it as an orchestrator would (SIGTERM); returns the exit code, 0 for a clean stop. */
    int stop() throws InterruptedException {
        process.destroy();
        int code = process.waitFor();
        // A JVM stopped by SIGTERM exits with 143; Quarkus shuts down gracefully either way.
        return code == 143 ? 0 : code;
    }

    /** Kills it as a crash would (SIGKILL): no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
