package org.spotthesigns.security;

/** What is limited, and per what. */
public enum RateLimit {
    /** Reports sent from one client. */
    REPORTS_PER_CLIENT,
    /** Reports sent by everyone together: a ceiling against a flood from many addresses. */
    REPORTS_OVERALL,
    /** Follow-up look-ups from one client, right or wrong. */
    FOLLOW_UPS_PER_CLIENT,
    /** Wrong keys tried against one reference from one client: used up, that client waits. */
    WRONG_KEYS_PER_CLIENT_AND_REFERENCE,
    /**
     * Wrong keys tried against one reference, from anywhere. Never refuses anyone: once it is used up,
     * a guess at that reference costs a client its whole allowance for it, so guessing slows down
     * while the reporter, from a connection of their own, still gets in (decision record 0009).
     */
    WRONG_KEYS_PER_REFERENCE,
    /** Failed sign-ins (a wrong password or a wrong code) against one account name, from anywhere. */
    SIGN_IN_FAILURES_PER_ACCOUNT,
    /** Failed sign-ins from one client, whatever the account name. */
    SIGN_IN_FAILURES_PER_CLIENT
}
