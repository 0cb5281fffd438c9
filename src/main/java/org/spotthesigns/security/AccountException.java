package org.spotthesigns.security;

/** An account change that was refused, with the reason in words a person can act on. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
