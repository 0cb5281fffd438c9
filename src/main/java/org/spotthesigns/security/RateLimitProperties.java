package org.spotthesigns.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much is allowed per hour, and where the counts are kept.
 *
 * @param store                         {@code memory} for one node, {@code database} to share the
 *                                      counts between nodes through PostgreSQL
 * @param clientKeySecret               the secret of the keyed hash that stands for a client's
 *                                      address; nodes that share counts must share it. Empty: a
 *                                      new random secret at each start
 * @param wrongKeysPerClientPerReferencePerHour wrong follow-up keys one client may try against one
 *                                      reference before it must wait
 * @param wrongKeysPerReferencePerHour  wrong keys against one reference from everyone together
 *                                      before each guess at it costs a client its whole allowance
 *                                      for that reference; it slows guessing down, never refuses
 */
@ConfigurationProperties("spotthesigns.rate-limits")
public record RateLimitProperties(
        @DefaultValue("memory") String store,
        @DefaultValue("") String clientKeySecret,
        @DefaultValue("5") int reportsPerClientPerHour,
        @DefaultValue("500") int reportsPerHour,
        @DefaultValue("30") int followUpsPerClientPerHour,
        @DefaultValue("5") int wrongKeysPerClientPerReferencePerHour,
        @DefaultValue("20") int wrongKeysPerReferencePerHour,
        @DefaultValue("10") int signInFailuresPerAccountPerHour,
        @DefaultValue("30") int signInFailuresPerClientPerHour) {

    int perHour(RateLimit limit) {
        return switch (limit) {
            case REPORTS_PER_CLIENT -> reportsPerClientPerHour;
            case REPORTS_OVERALL -> reportsPerHour;
            case FOLLOW_UPS_PER_CLIENT -> followUpsPerClientPerHour;
            case WRONG_KEYS_PER_CLIENT_AND_REFERENCE -> wrongKeysPerClientPerReferencePerHour;
            case WRONG_KEYS_PER_REFERENCE -> wrongKeysPerReferencePerHour;
            case SIGN_IN_FAILURES_PER_ACCOUNT -> signInFailuresPerAccountPerHour;
            case SIGN_IN_FAILURES_PER_CLIENT -> signInFailuresPerClientPerHour;
        };
    }
}
