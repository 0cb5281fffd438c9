package org.spotthesigns.reporting;

/** What the reporter is shown once, on the confirmation page: the reference and the secret key. */
public record SubmittedReport(ReportReference reference, FollowUpKey key) {}
