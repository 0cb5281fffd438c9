package org.spotthesigns.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.testing.PostgresReachable;

/**
 * Key rotation on PostgreSQL with the {@code postgres} profile, in a schema of its own in the test
 * database (dropped first), so that values sealed with this test's keys never reach the schema
 * that the other PostgreSQL tests share.
 */
@ExtendWith(PostgresReachable.class)
class KeyRotationPostgresIntegrationTest extends KeyRotationContract {

    private static final String SCHEMA = "key_rotation";

    @BeforeEach
    void emptySchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresReachable.URL, PostgresReachable.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Override
    List<String> database() {
        String url =
                PostgresReachable.URL + (PostgresReachable.URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresReachable.USER,
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + SCHEMA,
                "--spring.flyway.default-schema=" + SCHEMA);
    }
}
