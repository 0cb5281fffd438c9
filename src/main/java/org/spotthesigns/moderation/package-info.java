/**
 * Moderation: the case of each report (its status, claim, priority, notes and history, with a
 * version of its own), the queue moderators work through, statistics, export and retention, and
 * the record of what was done. {@link org.spotthesigns.moderation.ModerationService} is the API for
 * views; {@link org.spotthesigns.moderation.ReportWorkflow} and
 * {@link org.spotthesigns.moderation.ReportQueue} are what it is built on. Cases follow the events
 * of reporting and triage; the answers and the thread are read from reporting's API.
 */
@NullMarked
package org.spotthesigns.moderation;

import org.jspecify.annotations.NullMarked;
