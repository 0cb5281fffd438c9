package org.spotthesigns.triage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the triage rules are, how long each priority may wait for a moderator, and how soon a
 * triage that failed is tried again.
 *
 * @param retryAfter how old an unfinished triage must be before it is tried again (it may still
 *                   be running until then)
 */
@ConfigurationProperties("spotthesigns.triage")
public record TriageProperties(
        @DefaultValue("classpath:content/triage/rules.yml") String rulesLocation,
        @DefaultValue("PT1H") Duration p1Deadline,
        @DefaultValue("PT4H") Duration p2Deadline,
        @DefaultValue("PT24H") Duration p3Deadline,
        @DefaultValue("PT72H") Duration p4Deadline,
        @DefaultValue("PT1M") Duration retryAfter) {

    /** How long a report of this priority may wait before it is overdue. */
    public Duration deadline(Priority priority) {
        return switch (priority) {
            case P1 -> p1Deadline;
            case P2 -> p2Deadline;
            case P3 -> p3Deadline;
            case P4 -> p4Deadline;
        };
    }
}
