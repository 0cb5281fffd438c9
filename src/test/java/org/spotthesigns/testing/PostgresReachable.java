package org.spotthesigns.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips PostgreSQL tests where no database answers, except in CI, where that is a failure. */
public class PostgresReachable implements ExecutionCondition {

    /**
     * The database the PostgreSQL tests use: {@code test} on this machine, or the one named by
     * {@code SPOTTHESIGNS_TEST_DATABASE_URL} (CI gives every run a fresh one, so no run inherits
     * another's schema or buckets).
     */
    public static final String URL =
            System.getenv().getOrDefault("SPOTTHESIGNS_TEST_DATABASE_URL", OnPostgres.DEFAULT_URL)
                    + System.getProperty(OnPostgres.FORK_SUFFIX, "");

    public static final String USER = "postgres";

    static {
        createForkDatabase();
    }
    /** Base64 of 32 zero bytes: a key for test data only. */
    public static final String TEST_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the PostgreSQL tests, but " + URL + " does not answer", e);
            }
            return ConditionEvaluationResult.disabled("PostgreSQL does not answer at " + URL + ": " + e.getMessage());
        }
    }

    /**
     * Each test fork has a database of its own (the build runs two forks at once, and the tests
     * count and clear rows): the one named by the fork's suffix is made beside the configured one
     * before any test uses it. Where no database answers, the condition above says so.
     */
    private static void createForkDatabase() {
        String suffix = System.getProperty(OnPostgres.FORK_SUFFIX, "");
        if (suffix.isEmpty()) {
            return;
        }
        String base = URL.substring(0, URL.length() - suffix.length());
        String name = URL.substring(URL.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(base, USER, "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + name + "\"");
                }
            }
        } catch (SQLException unreachable) {
            // evaluateExecutionCondition reports it, or skips the test outside CI
        }
    }
}
