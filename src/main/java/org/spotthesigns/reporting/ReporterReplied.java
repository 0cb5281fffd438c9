package org.spotthesigns.reporting;

/** A reporter wrote back on the follow-up page: for the queues open on moderators' screens. */
public record ReporterReplied(String reference) {}
