package vn.dvc.assistant.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service on an H2 file database as Hibernate's schema "update" left it before migrations existed, holding
 * one conversation on hkd-cham-dut-hoat-dong.
 */
public class LegacyDatabase implements QuarkusTestProfile {

    static final String CONVERSATION = "0b7c2f5e-1d2a-4c3b-9e8f-7a6b5c4d3e2f";
    /** A conversation whose turns 2 and 3 were both stored as 2, as concurrent turns were before issue 15. */
    static final String DUPLICATE_NUMBERS = "1c8d3a6f-2e3b-4d4c-8f9a-8b7c6d5e4f3a";

    @Override
    public Map<String, String> getConfigOverrides() {
        // The test profile empties its database at start; this one is the point of the test.
        return Map.of("quarkus.flyway.clean-at-start", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(File.class));
    }

    public static class File implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                Path folder = Files.createTempDirectory(Path.of("target"), "legacy-database-");
                String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("assistant") + ";DB_CLOSE_ON_EXIT=FALSE";
                try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                    connection.createStatement().execute("runscript from 'classpath:database/hibernate-update-schema.sql'");
                }
                return Map.of("quarkus.datasource.jdbc.url", url);
            } catch (Exception e) {
                throw new IllegalStateException("could not prepare the legacy database", e);
            }
        }

        @Override
        public void stop() {
        }
    }
}
