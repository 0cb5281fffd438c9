package org.spotthesigns.security;

/** What a person who has given their password must still do before they reach the queue. */
public enum SignInStep {
    /** Add the portal to an authenticator app and confirm it with a code. */
    ENROL_SECOND_FACTOR,
    /** Give a code from the authenticator app. */
    SECOND_FACTOR,
    /** Choose their own password in place of the one an administrator set. */
    CHANGE_PASSWORD,
    /** Signed in with their role. */
    DONE
}
