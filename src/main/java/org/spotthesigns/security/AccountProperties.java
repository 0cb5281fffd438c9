package org.spotthesigns.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moderator accounts and signing in.
 *
 * @param firstAdministrator         the name of the administrator created when none exists
 * @param firstAdministratorPassword its password; empty: a random one, printed once in the log.
 *                                   Either way it must be changed at the first sign-in
 * @param secondFactorForModerators  whether moderators, like administrators, must use a code
 *                                   from an authenticator app
 * @param issuer                     the name an authenticator app shows beside the codes
 */
@ConfigurationProperties("spotthesigns.accounts")
public record AccountProperties(
        @DefaultValue("admin") String firstAdministrator,
        @DefaultValue("") String firstAdministratorPassword,
        @DefaultValue("true") boolean secondFactorForModerators,
        @DefaultValue("Spot the Signs") String issuer) {}
