/**
 * Platform: what every feature runs on and no feature owns: the one clock, scheduled jobs and
 * the database lock that keeps each of them to one node. It has no API of its own: features use
 * the beans it defines ({@link java.time.Clock}, {@code @Scheduled}, {@code @SchedulerLock}).
 */
@NullMarked
package org.spotthesigns.platform;

import org.jspecify.annotations.NullMarked;
