package org.spotthesigns.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long closed reports are kept.
 *
 * @param closedReportDays days after its last change that a closed report (no further action,
 *                         duplicate, spam) is deleted with everything about it
 * @param cron             when the deletion runs (once a night by default)
 */
@ConfigurationProperties("spotthesigns.retention")
public record RetentionProperties(
        @DefaultValue("365") int closedReportDays,
        @DefaultValue("0 30 3 * * *") String cron) {}
