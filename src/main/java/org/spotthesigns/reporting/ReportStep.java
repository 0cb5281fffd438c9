package org.spotthesigns.reporting;

/** The question pages of the report form, in order; each is one topic. */
public enum ReportStep {
    DANGER,
    WHO,
    WHAT,
    WHERE,
    WHEN,
    DETAILS,
    ABOUT_YOU
}
