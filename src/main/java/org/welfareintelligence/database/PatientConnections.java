package org.welfareintelligence.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.welfareintelligence.web.DatabaseOutage;

/**
 * Where the pool opens its connections. Once the database has been reached, an attempt that finds it down
 * tries again every 100 ms until it answers (or the pool shuts down), instead of failing: the pool would back
 * off for up to 5 s between failed attempts and so come back that much after the database. Requests do not
 * wait for this: they give up after the pool's connection timeout and answer 503. Before the first connection
 * an attempt fails at once, so that a start-up without a database still stops with a clear error.
 */
final class PatientConnections implements DataSource {

    private static final long RETRY_MILLIS = 100;

    private interface Attempt {
        Connection connect() throws SQLException;
    }

    private final DataSource driver;
    private volatile boolean reachedOnce;

    PatientConnections(DataSource driver) {
        this.driver = driver;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return patiently(driver::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return patiently(() -> driver.getConnection(username, password));
    }

    private Connection patiently(Attempt attempt) throws SQLException {
        while (true) {
            try {
                Connection connection = attempt.connect();
                reachedOnce = true;
                return connection;
            } catch (SQLException e) {
                if (!reachedOnce || !DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException shuttingDown) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return driver.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driver.isWrapperFor(type);
    }
}
