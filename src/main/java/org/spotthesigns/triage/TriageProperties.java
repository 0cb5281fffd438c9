package org.spotthesigns.triage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the triage rules are, and how long each priority may wait for a moderator.
 */
@ConfigurationProperties("spotthesigns.triage")
public record TriageProperties(
        @DefaultValue("classpath:content/triage/rules.yml") String rulesLocation,
        @DefaultValue("PT1H") Duration p1Deadline,
        @DefaultValue("PT4H") Duration p2Deadline,
        @DefaultValue("PT24H") Duration p3Deadline,
        @DefaultValue("PT72H") Duration p4Deadline) {

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
