package org.spotthesigns.moderation;

import java.util.List;
import java.util.Optional;
import org.spotthesigns.security.AuditEntry;
import org.spotthesigns.triage.LinkedReport;
import org.spotthesigns.triage.TriagedReport;

/**
 * Everything a moderator reads about one report: the report itself, how triage scored it and
 * why (now and before), the reports linked to it, and what has been done to it.
 *
 * @param triageHistory newest first; the first is in force
 */
public record CaseFile(
        ReportCase report, List<TriagedReport> triageHistory, List<LinkedReport> links, List<AuditEntry> audit) {

    public Optional<TriagedReport> triage() {
        return triageHistory.stream().findFirst();
    }
}
