/**
 * Reporting: a member of the public tells the portal about a concern, anonymously, and can come
 * back to it with a reference and a secret key. It keeps what the reporter gave and sees: the
 * answers, contact details, key hash, the thread and the public status.
 * {@link org.spotthesigns.reporting.ReportService} and {@link org.spotthesigns.reporting.ReportRules}
 * are the API other features use, with the events {@link org.spotthesigns.reporting.ReportSubmitted}
 * and {@link org.spotthesigns.reporting.ReporterReplied} (published here) and
 * {@link org.spotthesigns.reporting.PublicStatusChanged} and {@link org.spotthesigns.reporting.ReportExpired}
 * (published by moderation, defined here so that reporting depends on no feature above it).
 */
@NullMarked
package org.spotthesigns.reporting;

import org.jspecify.annotations.NullMarked;
