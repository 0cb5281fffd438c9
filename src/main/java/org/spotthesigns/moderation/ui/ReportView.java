package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.moderation.CaseFile;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.moderation.ReportCase;
import org.spotthesigns.moderation.ReportChangedException;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.moderation.ReportWorkflow;
import org.spotthesigns.moderation.WorkflowException;
import org.spotthesigns.security.AuditEntry;
import org.spotthesigns.security.Role;
import org.spotthesigns.shared.PlainText;
import org.spotthesigns.triage.LinkedBy;
import org.spotthesigns.triage.LinkedReport;
import org.spotthesigns.triage.TriageOutcome;
import org.spotthesigns.triage.TriagedReport;

/**
 * One report with everything needed to act on it: the answers, why triage placed it where it
 * is, linked reports, the thread with the reporter, notes, and what has been done. Everything
 * the reporter typed is shown as text, never as markup.
 */
@Route(ReportView.ROUTE)
@RolesAllowed(Role.MODERATOR_NAME)
class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "moderation/reports/:reference";

    private final ModerationService moderation;
    private final GuidanceService guidance;
    private final Paragraph problem = new Paragraph();
    private final Div content = new Div();
    private final Select<String> agency = new Select<>();
    private final TextField agencyReference = new TextField("Their reference");
    private final TextArea noFurtherActionReason = new TextArea("Why no further action");
    private final TextField duplicateOf = new TextField("Reference of the report it repeats");
    private final Select<Integer> priority = new Select<>();
    private final TextArea priorityReason = new TextArea("Why");
    private final TextArea note = new TextArea("Add a note for other moderators");
    private final TextArea message = new TextArea("Write to the reporter");
    // set by show(), before any button that reads it exists
    @SuppressWarnings("NullAway.Init")
    private CaseFile file;
    private String title = "Report - Spot the Signs moderation";

    ReportView(ModerationService moderation, GuidanceService guidance) {
        this.moderation = moderation;
        this.guidance = guidance;
        addClassName("report-case");
        problem.setId("report-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("field-problem");
        agency.setLabel("Agency");
        agency.setId("refer-agency");
        List<Choice> agencies = moderation.agencies();
        agency.setItems(agencies.stream().map(Choice::id).toList());
        agency.setItemLabelGenerator(id -> AnsweredQuestions.label(agencies, id));
        agencyReference.setId("refer-reference");
        // a browser's maxlength counts UTF-16 units: never fewer than the characters a person sees, never
        // more than the UTF-8 bytes. Set to the byte ceiling, it cuts nothing the workflow would accept;
        // the limit in characters is the workflow's to say
        agencyReference.setMaxLength(PlainText.byteCeiling(ReportWorkflow.AGENCY_REFERENCE_LIMIT));
        noFurtherActionReason.setId("nfa-reason");
        noFurtherActionReason.setMaxLength(PlainText.byteCeiling(ReportWorkflow.REASON_LIMIT));
        duplicateOf.setId("duplicate-of");
        duplicateOf.setMaxLength(20);
        priority.setLabel("New priority");
        priority.setId("override-priority");
        priority.setItems(1, 2, 3, 4);
        priority.setItemLabelGenerator(p -> "P" + p);
        priorityReason.setId("override-reason");
        priorityReason.setMaxLength(PlainText.byteCeiling(ReportWorkflow.REASON_LIMIT));
        note.setId("note");
        note.setMaxLength(PlainText.byteCeiling(ReportWorkflow.NOTE_LIMIT));
        message.setId("message");
        message.setMaxLength(PlainText.byteCeiling(ReportService.MESSAGE_LIMIT));
        add(problem, content);
    }

    static String path(String reference) {
        return ROUTE.replace(":reference", reference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        moderation.open(reference).ifPresentOrElse(this::show, () -> {
            title = "No such report - Spot the Signs moderation";
            content.removeAll();
            content.add(new H1("There is no report " + reference), new Anchor(QueueView.ROUTE, "Back to the queue"));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CaseFile shown) {
        this.file = shown;
        ReportCase report = shown.report();
        title = "Report " + report.reference() + " - Spot the Signs moderation";
        content.removeAll();
        H1 heading = new H1("Report " + report.reference());
        Paragraph summary = new Paragraph(new PriorityBadge(report.priority()),
                new Span(" " + Labels.status(report.status())),
                new Span(report.deadline() == null ? "" : " · due " + Labels.when(report.deadline())),
                new Span(" · received " + Labels.when(report.submittedAt())),
                new Span(report.assignedTo() == null ? " · not claimed" : " · claimed by " + report.assignedTo()));
        summary.setId("report-summary");
        if (report.suspectedSpam()) {
            summary.add(new Span(" · suspected spam"));
        }
        Anchor referral = new Anchor(ReferralView.path(report.reference()), getTranslation(
                moderation.referralAwaitingApproval(report.reference()) ? "referral.link.awaiting" : "referral.link.prepare"));
        referral.setId("referral-link");
        content.add(heading, summary, new Paragraph(referral), actions(report), answers(report), triage(shown), links(shown), thread(report),
                notes(report), history(report), audit(shown));
    }

    private Section actions(ReportCase report) {
        Button claim = button("Claim", "claim", () -> moderation.claim(report.reference(), report.version()));
        claim.setEnabled(report.assignedTo() == null);
        Section section = section("What to do", "actions", new Div(claim));
        if (report.status().isOpen()) {
            section.add(group("Refer to an agency", agency, agencyReference, button("Refer", "refer",
                    () -> moderation.refer(report.reference(), file.report().version(), valueOf(agency), agencyReference.getValue()))));
            section.add(group("No further action", noFurtherActionReason, button("Close with no further action", "nfa",
                    () -> moderation.noFurtherAction(report.reference(), file.report().version(), noFurtherActionReason.getValue()))));
            section.add(group("Duplicate", duplicateOf, button("Mark as a duplicate", "duplicate",
                    () -> moderation.duplicate(report.reference(), file.report().version(), duplicateOf.getValue()))));
            section.add(group("Spam", button("Mark as spam", "spam", () -> moderation.spam(report.reference(), file.report().version()))));
        }
        if (!report.status().isOpen() || report.status() == org.spotthesigns.moderation.ReportStatus.REFERRED) {
            section.add(group("Reopen", button("Reopen", "reopen", () -> moderation.reopen(report.reference(), file.report().version()))));
        }
        section.add(group("Change the priority", priority, priorityReason, button("Change priority", "override",
                () -> moderation.overridePriority(report.reference(), file.report().version(),
                        priority.getValue() == null ? 0 : priority.getValue(), priorityReason.getValue()))));
        return section;
    }

    private Section answers(ReportCase report) {
        DescriptionList list = new DescriptionList();
        for (AnsweredQuestions.Row row : AnsweredQuestions.stored(report.answers(), guidance, Locale.UK, this::getTranslation)) {
            Span answer = new Span(row.answer().isEmpty() ? "Not given" : row.answer());
            answer.addClassName("answer");
            list.add(new DescriptionList.Term(getTranslation(row.questionKey())), new DescriptionList.Description(answer));
        }
        return section("Answers", "answers", list);
    }

    private Section triage(CaseFile shown) {
        Section section = section("Why it is here", "triage");
        ReportCase report = shown.report();
        if (report.priorityOverrideReason() != null) {
            section.add(new Paragraph("A moderator set the priority to P" + report.priority() + ": " + report.priorityOverrideReason()
                    + (report.triagePriority() == null ? "" : " (triage said P" + report.triagePriority() + ")")));
        }
        shown.triage().ifPresentOrElse(current -> {
            section.add(reasons(current, "triage-reasons"));
            if (!current.outcome().spamReasons().isEmpty()) {
                section.add(new Paragraph("In the suspected-spam lane: " + String.join("; ", current.outcome().spamReasons())));
            }
        }, () -> section.add(new Paragraph("Not triaged yet: it will be in a moment.")));
        if (shown.triageHistory().size() > 1) {
            UnorderedList earlier = new UnorderedList();
            earlier.setId("triage-history");
            shown.triageHistory().stream().skip(1).forEach(old -> earlier.add(new ListItem(Labels.when(old.triagedAt()) + ": "
                    + old.outcome().priority() + ", score " + old.outcome().score() + ", rules " + old.outcome().ruleSetVersion())));
            section.add(new H2("Earlier scores"), earlier);
        }
        return section;
    }

    private static Component reasons(TriagedReport current, String id) {
        TriageOutcome outcome = current.outcome();
        UnorderedList list = new UnorderedList();
        list.setId(id);
        outcome.reasons().forEach(reason -> list.add(new ListItem(reason.toString())));
        return new Div(new Paragraph(outcome.priority() + ", score " + outcome.score() + " (rules " + outcome.ruleSetVersion() + ")"),
                list);
    }

    private static Section links(CaseFile shown) {
        Section section = section("Linked reports", "links");
        if (shown.links().isEmpty()) {
            section.add(new Paragraph("No other recent report shares a phone number, registration, nickname or place with this one."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (LinkedReport link : shown.links()) {
            String shared = link.by().stream().sorted().map(ReportView::shared).collect(Collectors.joining(", "));
            list.add(new ListItem(new Anchor(path(link.reference()), link.reference()), new Span(" (same " + shared + ")")));
        }
        section.add(list);
        return section;
    }

    private static String shared(LinkedBy by) {
        return switch (by) {
            case PHONE_NUMBER -> "phone number";
            case VEHICLE_REGISTRATION -> "vehicle registration";
            case NICKNAME -> "nickname";
            case PLACE -> "place";
        };
    }

    private Section thread(ReportCase report) {
        UnorderedList list = new UnorderedList();
        list.setId("thread");
        report.messages().forEach(m -> list.add(new ListItem(new Span((m.author() == Author.REPORTER ? "Reporter"
                : m.moderator()) + ", " + Labels.when(m.sentAt()) + ": "), new Span(m.body()))));
        Section section = section("Messages with the reporter", "messages", list);
        if (report.messages().isEmpty()) {
            section.add(new Paragraph("No messages yet. The reporter reads what you write here on the follow-up page, "
                    + "with their reference and key."));
        }
        section.add(message, button("Send to the reporter", "send-message", () -> moderation.sendMessage(report.reference(),
                message.getValue()), message));
        return section;
    }

    private Section notes(ReportCase report) {
        UnorderedList list = new UnorderedList();
        list.setId("notes");
        report.notes().forEach(n -> list.add(new ListItem(new Span(n.author() + ", " + Labels.when(n.writtenAt()) + ": "),
                new Span(n.body()))));
        return section("Notes", "notes-section", list, note,
                button("Add note", "add-note", () -> moderation.addNote(report.reference(), note.getValue()), note));
    }

    private static Section history(ReportCase report) {
        UnorderedList list = new UnorderedList();
        list.setId("status-history");
        report.statusChanges().forEach(change -> {
            StringBuilder text = new StringBuilder(Labels.when(change.changedAt()) + ": " + Labels.status(change.status()));
            text.append(change.changedBy() == null ? "" : " by " + change.changedBy());
            if (change.agency() != null) {
                text.append(" to ").append(change.agency()).append(", their reference ").append(change.agencyReference());
            }
            if (change.reason() != null) {
                text.append(": ").append(change.reason());
            }
            ListItem item = new ListItem(new Span(text.toString()));
            if (change.duplicateOf() != null) {
                item.add(new Span(" of "), new Anchor(path(change.duplicateOf()), change.duplicateOf()));
            }
            list.add(item);
        });
        return section("Status history", "history", list);
    }

    private static Section audit(CaseFile shown) {
        UnorderedList list = new UnorderedList();
        list.setId("audit");
        for (AuditEntry entry : shown.audit()) {
            String change = entry.before() == null && entry.after() == null ? ""
                    : ": " + (entry.before() == null ? "" : entry.before() + " \u2192 ") + (entry.after() == null ? "" : entry.after());
            list.add(new ListItem(Labels.when(entry.occurredAt()) + " " + entry.actor() + " " + entry.action() + change));
        }
        return section("Audit trail", "audit-section", list);
    }

    /** Runs a change; a refusal or a conflict is shown and what was typed stays where it was. */
    private Button button(String text, String id, Supplier<CaseFile> change, TextArea... clearedAfter) {
        Button button = new Button(text, click -> {
            try {
                CaseFile changed = change.get();
                problem.setText("");
                for (TextArea area : clearedAfter) {
                    area.clear();
                }
                show(changed);
            } catch (WorkflowException refused) {
                problem.setText(refused.messageKey().map(this::getTranslation).orElse(refused.getMessage()));
            } catch (ReportChangedException changed) {
                problem.setText(changed.getMessage());
                moderation.open(file.report().reference()).ifPresent(this::show);
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private static Div group(String heading, Component... parts) {
        Div group = new Div(new H3(heading));
        group.add(parts);
        group.addClassName("action-group");
        return group;
    }

    private static Section section(String heading, String id, Component... parts) {
        Section section = new Section(new H2(heading));
        section.setId(id);
        section.add(parts);
        return section;
    }

    private static String valueOf(Select<String> select) {
        return select.getValue() == null ? "" : select.getValue();
    }
}
