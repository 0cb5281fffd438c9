package org.spotthesigns.reporting;

/** Refused for now: too many reports or look-ups in a short time. Nothing was stored or opened. */
public class RateLimitedException extends RuntimeException {

    public RateLimitedException(String what) {
        super(what);
    }
}
