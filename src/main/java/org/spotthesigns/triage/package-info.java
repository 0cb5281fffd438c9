/**
 * Triage: explainable scoring of every report by rules kept in {@code content/triage/}, so the
 * most urgent concern is read first. {@link org.spotthesigns.triage.TriageRules} is the API.
 */
@NullMarked
package org.spotthesigns.triage;

import org.jspecify.annotations.NullMarked;
