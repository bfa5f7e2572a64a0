package vn.dvc.assistant.database;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import vn.dvc.assistant.channels.CapturedLog;
import vn.dvc.assistant.channels.PlatformStub;

/**
 * Only in the PostgreSQL suite (-Ppostgres): the database-down scenario with the real server stopped and
 * started again by .ci/postgres, in the folder and on the port given as postgres.dir and postgres.port.
 */
@QuarkusTest
@TestProfile(PostgresDatabaseDownTest.LogCaptured.class)
@Tag("postgres")
class PostgresDatabaseDownTest extends DatabaseDownScenario {

    public static class LogCaptured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = DatabaseServer.channelsOnSweepingEverySecond();
            // The production timeout, not the test profile's generous one.
            overrides.put("quarkus.datasource.jdbc.acquisition-timeout", "2S");
            return overrides;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CapturedLog.class), new TestResourceEntry(PlatformStub.class));
        }
    }

    @Override
    void stopDatabase() throws Exception {
        script("stop", System.getProperty("postgres.dir"));
    }

    @Override
    void startDatabase() throws Exception {
        script("start", System.getProperty("postgres.dir"), System.getProperty("postgres.port"));
    }

    private static void script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(".ci/postgres"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }
}
