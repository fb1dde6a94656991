package org.welfareintelligence.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real PostGIS every integration test runs against: the database named by TEST_DB_URL when set
 * (the local cluster from db/local-db.sh), else a Testcontainers PostGIS when Docker runs, else a
 * clear failure. There is no in-memory fallback on purpose.
 */
public final class TestDatabase {

    public record Connection(String url, String user, String password) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = resolve();
        }
        return connection;
    }

    private static Connection resolve() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("TEST_DB_USER", "welfare"), env("TEST_DB_PASSWORD", "welfare"));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(
                    DockerImageName.parse("postgis/postgis:15-3.4").asCompatibleSubstituteFor("postgres"));
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("No PostGIS database for the tests: set TEST_DB_URL "
                + "(run `db/local-db.sh start`, then TEST_DB_URL=jdbc:postgresql://127.0.0.1:5433/welfare_test) "
                + "or start a Docker daemon for Testcontainers.");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
