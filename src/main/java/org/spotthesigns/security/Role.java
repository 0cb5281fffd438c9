package org.spotthesigns.security;

/** What an account may do. An administrator also works the queue. */
public enum Role {
    MODERATOR,
    ADMIN;

    /** The name {@code @RolesAllowed} uses. */
    public static final String MODERATOR_NAME = "MODERATOR";

    public static final String ADMIN_NAME = "ADMIN";
}
