package org.spotthesigns.triage;

/** A report has a new triage outcome: for the queues open on moderators' screens. */
public record ReportTriaged(String reference, Priority priority, boolean suspectedSpam) {
}
