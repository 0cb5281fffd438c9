package org.spotthesigns.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing a moderator or administrator did: who, what, when, and the value before and after.
 *
 * @param subject another thing acted on, such as an account name
 */
public record AuditEntry(
        Instant occurredAt,
        String actor,
        String action,
        @Nullable String reportReference,
        @Nullable String subject,
        @Nullable String before,
        @Nullable String after) {}
