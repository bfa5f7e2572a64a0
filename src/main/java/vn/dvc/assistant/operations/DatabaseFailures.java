package vn.dvc.assistant.operations;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the service does not store while the database is unreachable: counted in a metric, and logged once per
 * kind of failure until the database answers again, so an outage does not bury the log under stack traces.
 */
@ApplicationScoped
public class DatabaseFailures {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);

    private final MeterRegistry registry;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    DatabaseFailures(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * True when the database (the connection, the pool, a timeout) is what failed: an outage, worth answering
     * without storing. Not a value the database refused (a NUL character, a date out of range, a text too long, a
     * constraint): that is the request's fault, told to the client as a 4xx ({@link #isRefusedData}).
     */
    public static boolean isDatabaseFailure(Throwable e) {
        return sqlCause(e) != null && !isRefusedData(e);
    }

    /**
     * True when the database refused a value (SQLState class 22, data exception, or 23, integrity constraint
     * violation), on H2 and PostgreSQL alike: the input should have been checked before it got there.
     */
    public static boolean isRefusedData(Throwable e) {
        SQLException cause = sqlCause(e);
        String state = cause == null ? null : cause.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    /** Counts a write that was given up; {@code what} names it in the metric, e.g. "turn". */
    public void writeFailed(String what, Throwable e) {
        Counter.builder("assistant.database.write.failures")
                .description("writes given up because the database failed; the service answered without storing")
                .tag("write", what)
                .register(registry).increment();
        SQLException cause = sqlCause(e);
        String kind = what + " " + (cause == null ? e.getClass().getName()
                : cause.getClass().getName() + " SQLState " + cause.getSQLState());
        if (warned.add(kind)) {
            LOG.warnf("Database failure, %s not stored: %s: %s. Further failures of this kind are only counted "
                    + "(assistant_database_write_failures_total) until the database answers again",
                    what, kind, cause == null ? e.getMessage() : cause.getMessage());
        }
    }

    /** Called after a successful write: the next failure is worth a warning again. */
    public void succeeded() {
        if (!warned.isEmpty()) {
            warned.clear();
            LOG.info("The database answers again; writes are stored");
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
