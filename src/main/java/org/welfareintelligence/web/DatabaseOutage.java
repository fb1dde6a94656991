package org.welfareintelligence.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (refused, dropped, shut down, no pooled connection in time) from
 * every other failure, so that it is answered 503 with Retry-After rather than 500 or a refused sign-in.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final String MESSAGE = "the database is unavailable at the moment: try again in a few seconds";

    private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08 is a connection exception; 57P01-57P03 are the server shutting down or starting
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // the pool evicted the connection when the server dropped it, so a transaction's rollback on it fails
            // with the pool's "Connection is closed" (no SQLSTATE), which hides the dropped connection itself
            if (t instanceof SQLException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith(HIKARI_CLOSED_CONNECTION)) {
                return true;
            }
        }
        return false;
    }
}
