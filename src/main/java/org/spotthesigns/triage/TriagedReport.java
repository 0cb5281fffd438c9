package org.spotthesigns.triage;

import java.time.Instant;

/** A triage of a report as stored: its outcome, when it must be read by, and when it was worked out. */
public record TriagedReport(String reference, TriageOutcome outcome, Instant deadline, Instant triagedAt) {}
