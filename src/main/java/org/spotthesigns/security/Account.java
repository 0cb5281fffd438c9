package org.spotthesigns.security;

import java.time.Instant;

/** An account as administrators see it: never its password or second-factor secret. */
public record Account(
        String username,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        boolean secondFactorEnrolled,
        Instant createdAt) {}
