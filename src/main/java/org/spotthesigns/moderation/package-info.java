/**
 * Moderation: the queue moderators work through, a report with everything needed to act on it,
 * and the record of what was done. {@link org.spotthesigns.moderation.ModerationService} is the API.
 */
@NullMarked
package org.spotthesigns.moderation;

import org.jspecify.annotations.NullMarked;
