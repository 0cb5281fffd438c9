package org.spotthesigns.reporting;

/**
 * A report has passed its retention period and goes, with everything every feature holds about
 * it. Published by retention, one report at a time, in a transaction of its own; each feature
 * deletes its own rows in a synchronous listener, inside that transaction, so the report goes
 * whole or not at all. The type lives here, the lowest feature that holds rows of a report, so
 * that every feature can listen without depending on the one that publishes it.
 */
public record ReportExpired(String reference) {}
