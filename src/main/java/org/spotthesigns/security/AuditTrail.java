package org.spotthesigns.security;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.security.internal.AuditEventRecord;
import org.spotthesigns.security.internal.AuditEventRepository;
import org.spotthesigns.shared.PlainText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of sign-ins, report views, changes, messages, exports and administrative
 * actions. An entry joins the transaction of the change it records, so a change is never kept
 * without its entry. Nothing about a reporter's device or connection is ever written here.
 */
@Service
public class AuditTrail {

    /** Longest value kept before or after; longer ones are cut, with a mark. */
    private static final int VALUE_LIMIT = 2000;

    private final AuditEventRepository events;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    AuditTrail(
            AuditEventRepository events, Clock clock, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.events = events;
        this.clock = clock;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Records what the signed-in person did. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            String action, @Nullable String reportReference, @Nullable String before, @Nullable String after) {
        recordAs(currentActor(), action, reportReference, null, before, after);
    }

    /** Records an action by a named actor, or by the portal itself, about an account or another subject. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(
            String actor,
            String action,
            @Nullable String reportReference,
            @Nullable String subject,
            @Nullable String before,
            @Nullable String after) {
        events.save(new AuditEventRecord(
                clock.instant(), actor, action, reportReference, subject, cut(before), cut(after)));
    }

    /** Everything done to one report, oldest first. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> forReport(String reportReference) {
        return events.findByReportReferenceOrderByOccurredAtAscIdAsc(reportReference).stream()
                .map(AuditTrail::entry)
                .toList();
    }

    /** The name of the signed-in person, or "portal" when the portal itself acts. */
    public String currentActor() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication == null ? "portal" : authentication.getName();
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= VALUE_LIMIT
                ? value
                : PlainText.cut(value, VALUE_LIMIT - 1) + "\u2026";
    }

    private static AuditEntry entry(AuditEventRecord event) {
        return new AuditEntry(
                event.getOccurredAt(),
                event.getActor(),
                event.getAction(),
                event.getReportReference(),
                event.getSubject(),
                event.getBefore(),
                event.getAfter());
    }
}
