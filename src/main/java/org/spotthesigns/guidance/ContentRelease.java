package org.spotthesigns.guidance;

import java.time.Instant;

/**
 * The published state of the guidance: a fingerprint of every content file and when that exact
 * state was first served. Reports will record the release they were made against.
 */
public record ContentRelease(String fingerprint, Instant firstPublished) {}
