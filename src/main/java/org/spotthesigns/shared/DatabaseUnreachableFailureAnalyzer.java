package org.spotthesigns.shared;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Ends a start-up that waited for the database in vain with one message an operator can act on,
 * instead of a stack trace. The waiting itself (each attempt logged once) is Flyway's, configured
 * by {@code spring.flyway.connect-retries} and {@code spring.flyway.connect-retries-interval}.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** SQLSTATE class 08: the connection could not be made or was lost. */
    private static final String CONNECTION_EXCEPTION = "08";

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        if (state == null || !state.startsWith(CONNECTION_EXCEPTION)) {
            return null;
        }
        return new FailureAnalysis(
                "The database at " + environment.getProperty("spring.datasource.url") + " did not answer after "
                        + environment.getProperty("spring.flyway.connect-retries", "0") + " retries: "
                        + cause.getMessage(),
                "Start the database or correct spring.datasource.url, then start the portal again. To wait longer "
                        + "for a database that starts after the portal, raise spring.flyway.connect-retries "
                        + "(the waits double from 1 second up to spring.flyway.connect-retries-interval).",
                cause);
    }
}
