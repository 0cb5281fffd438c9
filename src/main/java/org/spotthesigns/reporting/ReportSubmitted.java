package org.spotthesigns.reporting;

/**
 * A report was stored. Published inside the submitting transaction and kept in the event
 * publication registry until every listener has finished, so it survives a crash.
 */
public record ReportSubmitted(String reference) {}
