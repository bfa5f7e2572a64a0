package vn.dvc.assistant.conversation;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A turn that lost a race for its conversation rather than met a broken database: it waited too long for the
 * row lock (H2 gives up after its LOCK_TIMEOUT, 1 s by default), met a deadlock or a serialization failure, or
 * found its number taken (turn_number_once). Worth running again in a new transaction; anything else is not.
 */
public final class TurnConflicts {

    /** How often a turn is tried in all before it is answered without storing. */
    public static final int ATTEMPTS = 5;

    private static final Set<String> SQL_STATES = Set.of(
            "40001", // serialization failure
            "40P01", // PostgreSQL: deadlock detected
            "55P03", // PostgreSQL: lock not available
            "HYT00", // H2: timeout trying to lock
            "23505"); // unique violation: the turn's number was taken

    private TurnConflicts() {
    }

    /**
     * Runs a turn in a new transaction, and again in a new one while it loses the race for its conversation's lock or
     * number to a concurrent turn (up to {@link #ATTEMPTS} in all), so that it reads the context the other one left.
     */
    public static <T> T retried(Callable<T> turn) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(turn);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    public static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
