package vn.dvc.assistant.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * On H2, writes every commit to the database file before the commit returns, so that a turn whose reply the
 * citizen saw survives a crash of the process (kill -9, an out-of-memory kill). H2 otherwise keeps commits in
 * memory for up to WRITE_DELAY (500 ms by default) and a crash lost every turn of that window (issue 15). The
 * file is written, not synced: a power cut can still lose the last commits; PostgreSQL, which syncs its WAL at
 * every commit, is the database for that. Set here rather than in the URL so that any H2 URL (DB_URL) gets it.
 */
@ApplicationScoped
class H2CommitDurability {

    private static final Logger LOG = Logger.getLogger(H2CommitDurability.class);

    void apply(@Observes StartupEvent start, DataSource dataSource,
            @ConfigProperty(name = "assistant.database.h2-write-delay-ms", defaultValue = "0") int writeDelayMillis) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY " + Math.max(0, writeDelayMillis));
            }
        } catch (SQLException e) {
            // The database may be down at start (the service answers without it): the setting waits for the next start.
            LOG.warnf("H2 write delay not set (%s): commits may wait up to 500 ms before reaching the file", e.getMessage());
        }
    }
}
