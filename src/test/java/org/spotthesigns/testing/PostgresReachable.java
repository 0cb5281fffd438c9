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
            System.getenv().getOrDefault("SPOTTHESIGNS_TEST_DATABASE_URL", OnPostgres.DEFAULT_URL);

    public static final String USER = "postgres";
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
}
