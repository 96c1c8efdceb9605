package de.klimanetz.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Whether a failure means "the database cannot be reached right now" rather than a bug: the
 * server is down or restarting, a connection broke, or no connection of the pool became free in
 * time. Such failures are a 503 with {@code Retry-After}, not a 500.
 */
final class Outages {

    /** Seconds a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private Outages() {
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // only database failures: a mail server or Keycloak that cannot be reached is not a 503 of ours
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                // 08: connection exception; 57P01..57P03: admin/crash shutdown, cannot connect now
                if (state.startsWith("08") || state.startsWith("57P") || message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
