package org.spotthesigns.moderation.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.moderation.internal.CaseStatusChangeRecord.Why;
import org.spotthesigns.reporting.ReportDraft.AgeBand;

/**
 * A report as moderators work on it: its status and history, who has claimed it, its priority
 * (triage's, or a moderator's with the reason), notes, and what the queue lists and searches it by.
 * It is also the queue's row, so a page of the queue is read from this one table in its order.
 *
 * <p>The version counts moderators' decisions only. What the portal changes on its own (a new
 * triage outcome, a reporter's reply) is written by {@link CaseRepository}'s update statements,
 * which leave the version alone; and only the columns a change touches are written, so a
 * moderator's change and the portal's at the same moment both stay.
 */
@Entity
@DynamicUpdate
@Table(name = "report_case")
public class CaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 11)
    private String reference;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false, length = 64)
    private String area;

    /** The area where a journey ended, so a filter by area finds a journey by either end; null when none. */
    @Column(name = "journey_to_area", length = 64)
    private @Nullable String journeyToArea;

    @Column(name = "place_kind", nullable = false, length = 64)
    private String placeKind;

    /** The language of the form the reporter used, such as {@code pl}: the queue filters by it (V28). */
    @Column(nullable = false, length = 3)
    private String language = "en";

    /** What the reporter noticed, as they wrote it: the queue lists it and the export carries it. */
    @Column(nullable = false, length = 64000)
    private String noticed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReportStatus status;

    /** 1 (P1) to 4 (P4): what the queue sorts by; a moderator's override wins over triage. */
    private @Nullable Integer priority;

    @Column(name = "triage_priority")
    private @Nullable Integer triagePriority;

    private @Nullable Instant deadline;

    @Column(name = "suspected_spam", nullable = false)
    private boolean suspectedSpam;

    @Column(name = "assigned_to", length = 100)
    private @Nullable String assignedTo;

    @Column(name = "priority_override_reason", length = 32000)
    private @Nullable String priorityOverrideReason;

    /** The reporter wrote since a moderator last answered or acted. */
    @Column(name = "reporter_replied", nullable = false)
    private boolean reporterReplied;

    /** The reporter said someone is in danger now: the queue flags it. */
    @Column(name = "danger_now", nullable = false)
    private boolean dangerNow;

    /** How old the person at risk seemed, as the reporter answered: the queue flags under 13. */
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 24)
    private @Nullable AgeBand ageBand;

    /** The ids of the signs the reporter ticked, separated by spaces (ids never hold one): the export lists them. */
    @Column(nullable = false, length = 4000)
    private String signs = "";

    /** Triage has linked the report to another that shares a detail or a place. */
    @Column(nullable = false)
    private boolean linked;

    /** When a moderator last changed the case: retention counts from here. */
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "reportCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("writtenAt, id")
    private List<CaseNoteRecord> notes = new ArrayList<>();

    @OneToMany(mappedBy = "reportCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    private List<CaseStatusChangeRecord> statusChanges = new ArrayList<>();

    /** The distinct words of what the reporter wrote and where, for searching the queue. */
    @ElementCollection
    @CollectionTable(name = "case_word", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "word", nullable = false, length = 40)
    private Set<String> words = new LinkedHashSet<>();

    /** The same words in one text, for PostgreSQL's full-text search (V24). */
    @Column(name = "search_text", length = 8200)
    private @Nullable String searchText;

    protected CaseRecord() {}

    /** A new case for a report received at {@code submittedAt}: new, untriaged, first in the queue. */
    public CaseRecord(
            String reference,
            Instant submittedAt,
            String area,
            String placeKind,
            String noticed,
            Set<String> words,
            boolean dangerNow,
            AgeBand ageBand,
            List<String> signs) {
        this.reference = reference;
        this.dangerNow = dangerNow;
        this.ageBand = ageBand;
        this.signs = String.join(" ", signs);
        this.submittedAt = submittedAt;
        this.area = area;
        this.placeKind = placeKind;
        this.noticed = noticed;
        this.words = new LinkedHashSet<>(words);
        this.searchText = String.join(" ", words);
        this.status = ReportStatus.NEW;
        this.updatedAt = submittedAt;
        this.statusChanges.add(new CaseStatusChangeRecord(this, ReportStatus.NEW, submittedAt, null, null));
    }

    /** The report was a journey that ended in another area (or the same): the queue's area filter finds it there too. */
    public CaseRecord journeyTo(@Nullable String area) {
        this.journeyToArea = area;
        return this;
    }

    public @Nullable String getJourneyToArea() {
        return journeyToArea;
    }

    /** The report was written in this language's form: a moderator may filter by it to bring in an interpreter. */
    public CaseRecord writtenIn(String language) {
        this.language = language;
        return this;
    }

    public String getLanguage() {
        return language;
    }

    public void claim(String moderator, Instant at) {
        this.assignedTo = moderator;
        this.updatedAt = at;
    }

    /** A status set by a moderator, with why: the agency and its reference, a reason, the report it repeats. */
    public void moveTo(ReportStatus status, Why why, String moderator, Instant at) {
        this.status = status;
        this.updatedAt = at;
        this.reporterReplied = false;
        statusChanges.add(new CaseStatusChangeRecord(this, status, at, moderator, why));
    }

    public void overridePriority(int priority, String reason, Instant at) {
        this.priority = priority;
        this.priorityOverrideReason = reason;
        this.updatedAt = at;
    }

    public void addNote(String author, String body, Instant at) {
        notes.add(new CaseNoteRecord(this, author, body, at));
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getArea() {
        return area;
    }

    public String getPlaceKind() {
        return placeKind;
    }

    public String getNoticed() {
        return noticed;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public @Nullable Integer getPriority() {
        return priority;
    }

    public @Nullable Integer getTriagePriority() {
        return triagePriority;
    }

    public @Nullable Instant getDeadline() {
        return deadline;
    }

    public boolean isSuspectedSpam() {
        return suspectedSpam;
    }

    public @Nullable String getAssignedTo() {
        return assignedTo;
    }

    public @Nullable String getPriorityOverrideReason() {
        return priorityOverrideReason;
    }

    public boolean isReporterReplied() {
        return reporterReplied;
    }

    public boolean isDangerNow() {
        return dangerNow;
    }

    public @Nullable AgeBand getAgeBand() {
        return ageBand;
    }

    /** The ids of the signs the reporter ticked, in the order stored. */
    public List<String> getSigns() {
        return signs.isBlank() ? List.of() : List.of(signs.split(" "));
    }

    public boolean isLinked() {
        return linked;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<CaseNoteRecord> getNotes() {
        return notes;
    }

    public List<CaseStatusChangeRecord> getStatusChanges() {
        return statusChanges;
    }
}
