package org.spotthesigns.security.ui;

/** Where signing in happens. */
public final class SignInRoutes {

    public static final String LOGIN = "moderation/sign-in";
    /** Where a right password leads: the next step, or the queue when none is left. */
    public static final String NEXT_STEP = "moderation/sign-in/next";
    /** The queue: where a moderator lands once signed in. */
    public static final String QUEUE = "moderation";

    private SignInRoutes() {}
}
