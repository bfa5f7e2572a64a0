package vn.dvc.assistant.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.tools.Server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import vn.dvc.assistant.channels.CapturedLog;
import vn.dvc.assistant.channels.ChannelsOnProfile;
import vn.dvc.assistant.channels.PlatformStub;

/**
 * The service on an H2 database served over TCP by a server the test can stop and start again, like a real one,
 * with its log captured and the channels on, talking to {@link PlatformStub}.
 */
public class DatabaseServer implements QuarkusTestProfile {

    private static Path folder;
    private static int port;
    private static Server server;

    @Override
    public Map<String, String> getConfigOverrides() {
        return channelsOnSweepingEverySecond();
    }

    /** The channels on, and the outbox swept every second, so that a test sees the sweep meet the database down. */
    static Map<String, String> channelsOnSweepingEverySecond() {
        Map<String, String> overrides = new HashMap<>(ChannelsOnProfile.channelsOn());
        overrides.put("assistant.channels.delivery.resume-every", "1s");
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Lifecycle.class), new TestResourceEntry(CapturedLog.class),
                new TestResourceEntry(PlatformStub.class));
    }

    static synchronized void stop() {
        server.stop();
    }

    static synchronized void start() throws SQLException {
        server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", folder.toString(), "-ifNotExists").start();
        port = server.getPort();
    }

    public static class Lifecycle implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                folder = Files.createTempDirectory(Path.of("target"), "database-server-").toAbsolutePath();
                port = 0;
                DatabaseServer.start();
                return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:tcp://localhost:" + port + "/assistant",
                        "quarkus.flyway.clean-at-start", "false",
                        "quarkus.datasource.jdbc.acquisition-timeout", "2S");
            } catch (Exception e) {
                throw new IllegalStateException("could not start the H2 server", e);
            }
        }

        @Override
        public void stop() {
            DatabaseServer.stop();
        }
    }
}
