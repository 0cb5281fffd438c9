package org.spotthesigns.reporting;

/**
 * What the reporter sees of a report has changed: moderation publishes it when a case moves to
 * a status the reporter reads differently, and reporting keeps it for the follow-up page. The
 * type lives here, with the status it carries, so that reporting never depends on moderation.
 */
public record PublicStatusChanged(String reference, PublicStatus status) {}
