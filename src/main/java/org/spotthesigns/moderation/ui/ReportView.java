package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
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
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.moderation.CaseFile;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.moderation.ReportCase;
import org.spotthesigns.moderation.ReportChangedException;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.moderation.ReportWorkflow;
import org.spotthesigns.moderation.WorkflowException;
import org.spotthesigns.moderation.internal.QueueBroadcaster;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.security.AuditEntry;
import org.spotthesigns.security.Role;
import org.spotthesigns.shared.PlainText;
import org.spotthesigns.triage.LinkedBy;
import org.spotthesigns.triage.LinkedReport;
import org.spotthesigns.triage.TriageOutcome;
import org.spotthesigns.triage.TriagedReport;

/**
 * One report laid out as caseworkers' tools lay out a case: the case on the left (its priority
 * and why, every answer, the linked reports), the actions on the right in the order its status
 * makes sensible, then the thread with the reporter, the notes, the history and the audit trail.
 * What the portal changes on its own (a re-score, a new link, a reporter's reply) appears over
 * push while the page is open. Everything the reporter or a moderator typed is shown as text,
 * never as markup.
 */
@Route(ReportView.ROUTE)
@RolesAllowed(Role.MODERATOR_NAME)
class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "moderation/reports/:reference";
    /** Answers longer than this, in characters or in lines, show their first lines until asked for the rest. */
    private static final int LONG_ANSWER = 240;

    private static final int CLAMPED_LINES = 4;

    private final ModerationService moderation;
    private final GuidanceService guidance;
    private final QueueBroadcaster broadcaster;
    private final Paragraph problem = new Paragraph();
    private final Paragraph updated = new Paragraph();
    private final Div content = new Div();
    private final TextArea noFurtherActionReason = new TextArea();
    private final TextField duplicateOf = new TextField();
    private final Select<Integer> priority = new Select<>();
    private final TextArea priorityReason = new TextArea();
    private final TextArea note = new TextArea();
    private final TextArea message = new TextArea();
    // set by show(), before any button that reads it exists
    @SuppressWarnings("NullAway.Init")
    private CaseFile file;
    /**
     * The version of the case the moderator decides from: set when they open it or change it, and
     * kept when the page follows an automatic change, so that another moderator's decision that
     * arrived meanwhile still refuses theirs, with who did what.
     */
    private long seenVersion;

    private String title = "";
    private Runnable stopListening = () -> {};

    ReportView(ModerationService moderation, GuidanceService guidance, QueueBroadcaster broadcaster) {
        this.moderation = moderation;
        this.guidance = guidance;
        this.broadcaster = broadcaster;
        addClassName("report-case");
        problem.setId("report-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("field-problem");
        // what changed on its own while the page was open: read out politely, not as an alert
        updated.setId("report-updated");
        updated.getElement().setAttribute("role", "status");
        updated.addClassName("case-updated");
        // a browser's maxlength counts UTF-16 units: never fewer than the characters a person sees, never
        // more than the UTF-8 bytes. Set to the byte ceiling, it cuts nothing the workflow would accept;
        // the limit in characters is the workflow's to say
        noFurtherActionReason.setLabel(getTranslation("moderation.case.nfa.reason"));
        noFurtherActionReason.setId("nfa-reason");
        noFurtherActionReason.setMaxLength(PlainText.byteCeiling(ReportWorkflow.REASON_LIMIT));
        duplicateOf.setLabel(getTranslation("moderation.case.duplicate.of"));
        duplicateOf.setId("duplicate-of");
        duplicateOf.setMaxLength(20);
        priority.setLabel(getTranslation("moderation.case.priority.new"));
        priority.setId("override-priority");
        priority.setItems(1, 2, 3, 4);
        priority.setItemLabelGenerator(p -> "P" + p);
        priorityReason.setLabel(getTranslation("moderation.case.priority.reason"));
        priorityReason.setId("override-reason");
        priorityReason.setMaxLength(PlainText.byteCeiling(ReportWorkflow.REASON_LIMIT));
        note.setLabel(getTranslation("moderation.case.note.field"));
        note.setId("note");
        note.setMaxLength(PlainText.byteCeiling(ReportWorkflow.NOTE_LIMIT));
        message.setLabel(getTranslation("moderation.case.message.field"));
        message.setId("message");
        message.setMaxLength(PlainText.byteCeiling(ReportService.MESSAGE_LIMIT));
        add(problem, updated, content);
    }

    static String path(String reference) {
        return ROUTE.replace(":reference", reference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        moderation.open(reference).ifPresentOrElse(this::show, () -> {
            title = getTranslation("moderation.case.missing.title");
            content.removeAll();
            content.add(
                    new H1(getTranslation("moderation.case.missing", reference)),
                    new Anchor(QueueView.ROUTE, getTranslation("moderation.case.back")));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /**
     * While the case is open, what the portal changes on its own appears without a reload: a
     * re-score, a reporter's reply, or a new report linked to this one (told under the new
     * report's reference, so the links are compared). What a moderator has typed stays in its field.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        stopListening = broadcaster.register(change -> ui.access(() -> {
            if (file == null) {
                return;
            }
            String reference = file.report().reference();
            if (change.reference().equals(reference)
                    || !moderation.links(reference).equals(file.links())) {
                moderation.reread(reference).ifPresent(changed -> {
                    long seen = seenVersion;
                    show(changed);
                    seenVersion = seen;
                    updated.setText(getTranslation("moderation.case.updated"));
                });
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopListening.run();
    }

    private void show(CaseFile shown) {
        this.file = shown;
        this.seenVersion = shown.report().version();
        ReportCase report = shown.report();
        title = getTranslation("moderation.case.title", report.reference());
        content.removeAll();
        H1 heading = new H1(getTranslation("moderation.case.heading", report.reference()));
        Paragraph summary = new Paragraph(
                new PriorityBadge(report.priority()),
                new Span(" " + Labels.status(report.status())),
                new Span(
                        report.deadline() == null
                                ? ""
                                : " · " + getTranslation("moderation.case.due", Labels.when(report.deadline()))),
                new Span(" · " + getTranslation("moderation.case.received", Labels.when(report.submittedAt()))),
                new Span(" · "
                        + (report.assignedTo() == null
                                ? getTranslation("moderation.case.unclaimed")
                                : getTranslation("moderation.case.claimedBy", report.assignedTo()))));
        summary.setId("report-summary");
        if (report.suspectedSpam()) {
            summary.add(new Span(" · " + getTranslation("moderation.case.suspectedSpam")));
        }
        String language = report.answers().language();
        if (!ReportDraft.ENGLISH.equals(language)) {
            // so a moderator can bring in an interpreter; English, most reports, goes unsaid
            Span writtenIn = new Span(
                    " · " + getTranslation("moderation.case.writtenIn", ModerationService.languageName(language)));
            writtenIn.setId("written-in");
            summary.add(writtenIn);
        }
        Div theCase = new Div(triage(shown), answers(report), links(shown));
        theCase.addClassName("case-main");
        Div more = new Div(thread(report), notes(report), history(report), audit(shown));
        more.addClassName("case-more");
        Div layout = new Div(theCase, actions(report), more);
        layout.addClassName("case-layout");
        Div top = new Div(heading, summary);
        top.addClassName("case-top");
        content.add(top, layout);
    }

    /** The actions a case's status makes sensible, most likely first; the closing ones ask before they close. */
    private Aside actions(ReportCase report) {
        Aside actions = new Aside(new H2(getTranslation("moderation.case.actions")));
        actions.setId("actions");
        actions.addClassName("case-actions");
        String reference = report.reference();
        boolean open = report.status().isOpen();
        if (open && report.assignedTo() == null) {
            Button claim = button("moderation.case.claim", "claim", () -> moderation.claim(reference, seenVersion));
            claim.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(group("moderation.case.claim.heading", claim));
        }
        if (!open || report.status() == ReportStatus.REFERRED) {
            actions.add(group(
                    "moderation.case.reopen.heading",
                    button("moderation.case.reopen", "reopen", () -> moderation.reopen(reference, seenVersion))));
        }
        if (open) {
            // referring goes through the referral page: a letter one moderator prepares and another approves
            Anchor referral = new Anchor(
                    ReferralView.path(reference),
                    getTranslation(
                            moderation.referralAwaitingApproval(reference)
                                    ? "referral.link.awaiting"
                                    : "referral.link.prepare"));
            referral.setId("referral-link");
            actions.add(group("moderation.case.refer.heading", referral));
            Button noFurtherAction = confirmed(
                    "moderation.case.nfa",
                    "nfa",
                    () -> moderation.noFurtherAction(reference, seenVersion, noFurtherActionReason.getValue()));
            actions.add(group("moderation.case.nfa.heading", noFurtherActionReason, noFurtherAction));
            actions.add(group(
                    "moderation.case.duplicate.heading",
                    duplicateOf,
                    button(
                            "moderation.case.duplicate",
                            "duplicate",
                            () -> moderation.duplicate(reference, seenVersion, duplicateOf.getValue()))));
            Button spam = confirmed(
                    "moderation.case.spam", "spam", () -> moderation.spam(reference, seenVersion), ButtonVariant.ERROR);
            spam.addThemeVariants(ButtonVariant.ERROR);
            actions.add(group("moderation.case.spam.heading", spam));
            actions.add(group(
                    "moderation.case.priority.heading",
                    priority,
                    priorityReason,
                    button(
                            "moderation.case.priority",
                            "override",
                            () -> moderation.overridePriority(
                                    reference,
                                    seenVersion,
                                    priority.getValue() == null ? 0 : priority.getValue(),
                                    priorityReason.getValue()))));
        }
        return actions;
    }

    private Section triage(CaseFile shown) {
        Section section = section(getTranslation("moderation.case.why"), "triage");
        ReportCase report = shown.report();
        if (report.priorityOverrideReason() != null) {
            section.add(new Paragraph(
                    report.triagePriority() == null
                            ? getTranslation(
                                    "moderation.case.overridden", report.priority(), report.priorityOverrideReason())
                            : getTranslation(
                                    "moderation.case.overridden.triage",
                                    report.priority(),
                                    report.priorityOverrideReason(),
                                    report.triagePriority())));
        }
        shown.triage()
                .ifPresentOrElse(
                        current -> {
                            section.add(reasons(current, "triage-reasons"));
                            if (!current.outcome().spamReasons().isEmpty()) {
                                section.add(new Paragraph(getTranslation(
                                        "moderation.case.spamLane",
                                        String.join("; ", current.outcome().spamReasons()))));
                            }
                        },
                        () -> section.add(new Paragraph(getTranslation("moderation.case.untriaged"))));
        if (shown.triageHistory().size() > 1) {
            UnorderedList earlier = new UnorderedList();
            earlier.setId("triage-history");
            shown.triageHistory().stream()
                    .skip(1)
                    .forEach(old -> earlier.add(new ListItem(getTranslation(
                            "moderation.case.earlierScore",
                            Labels.when(old.triagedAt()),
                            old.outcome().priority(),
                            old.outcome().score(),
                            old.outcome().ruleSetVersion()))));
            com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                    getTranslation("moderation.case.earlierScores"), earlier);
            section.add(details);
        }
        return section;
    }

    private Component reasons(TriagedReport current, String id) {
        TriageOutcome outcome = current.outcome();
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("case-reasons");
        outcome.reasons().forEach(reason -> list.add(new ListItem(reason.toString())));
        Paragraph score = new Paragraph(
                getTranslation("moderation.case.score", outcome.priority(), outcome.score(), outcome.ruleSetVersion()));
        score.setId("triage-score");
        return new Div(score, list);
    }

    private Section answers(ReportCase report) {
        DescriptionList list = new DescriptionList();
        list.addClassName("case-answers");
        for (AnsweredQuestions.Row row :
                AnsweredQuestions.stored(report.answers(), guidance, Locale.UK, this::getTranslation)) {
            Span answer = new Span(row.answer().isEmpty() ? getTranslation("moderation.case.notGiven") : row.answer());
            answer.addClassName("answer");
            DescriptionList.Description description = new DescriptionList.Description(answer);
            if (PlainText.length(row.answer()) > LONG_ANSWER
                    || row.answer().lines().count() > CLAMPED_LINES) {
                // the first lines stay in view with the rest of the case; all of it is one click away, and
                // a screen reader reads it all, since the clamp only hides it from sight
                answer.addClassName("clamped");
                Button whole = new Button(getTranslation("moderation.case.answer.whole"));
                whole.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                whole.addClassName("answer-whole");
                whole.addClickListener(click -> {
                    answer.removeClassName("clamped");
                    whole.setVisible(false);
                });
                description.add(whole);
            }
            list.add(new DescriptionList.Term(getTranslation(row.questionKey())), description);
        }
        return section(getTranslation("moderation.case.answers"), "answers", list);
    }

    private Section links(CaseFile shown) {
        Section section = section(getTranslation("moderation.case.links"), "links");
        if (shown.links().isEmpty()) {
            section.add(new Paragraph(getTranslation("moderation.case.links.none")));
            return section;
        }
        // one line for each thing shared, so that many links still take little room above the fold
        java.util.Map<String, List<LinkedReport>> byShared = shown.links().stream()
                .collect(Collectors.groupingBy(
                        link -> link.by().stream().sorted().map(this::shared).collect(Collectors.joining(", ")),
                        java.util.TreeMap::new,
                        Collectors.toList()));
        UnorderedList list = new UnorderedList();
        list.setId("linked-reports");
        list.addClassName("case-links");
        byShared.forEach((shared, links) -> {
            ListItem item = new ListItem(new Span(getTranslation("moderation.case.links.same", shared) + " "));
            for (int i = 0; i < links.size(); i++) {
                item.add(new Anchor(path(links.get(i).reference()), links.get(i).reference()));
                if (i < links.size() - 1) {
                    item.add(new Span(", "));
                }
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private String shared(LinkedBy by) {
        return getTranslation("moderation.case.links.by." + by.name());
    }

    private Section thread(ReportCase report) {
        UnorderedList list = new UnorderedList();
        list.setId("thread");
        report.messages()
                .forEach(m -> list.add(new ListItem(
                        new Span((m.author() == Author.REPORTER
                                        ? getTranslation("moderation.case.reporter")
                                        : m.moderator())
                                + ", " + Labels.when(m.sentAt()) + ": "),
                        new Span(m.body()))));
        Section section = section(getTranslation("moderation.case.messages"), "messages", list);
        if (report.messages().isEmpty()) {
            section.add(new Paragraph(getTranslation("moderation.case.messages.none")));
        }
        section.add(
                message,
                button(
                        "moderation.case.message.send",
                        "send-message",
                        () -> moderation.sendMessage(report.reference(), message.getValue()),
                        message));
        return section;
    }

    private Section notes(ReportCase report) {
        UnorderedList list = new UnorderedList();
        list.setId("notes");
        report.notes()
                .forEach(n -> list.add(new ListItem(
                        new Span(n.author() + ", " + Labels.when(n.writtenAt()) + ": "), new Span(n.body()))));
        return section(
                getTranslation("moderation.case.notes"),
                "notes-section",
                list,
                note,
                button(
                        "moderation.case.note.add",
                        "add-note",
                        () -> moderation.addNote(report.reference(), note.getValue()),
                        note));
    }

    private Section history(ReportCase report) {
        UnorderedList list = new UnorderedList();
        list.setId("status-history");
        report.statusChanges().forEach(change -> {
            StringBuilder text =
                    new StringBuilder(Labels.when(change.changedAt()) + ": " + Labels.status(change.status()));
            text.append(
                    change.changedBy() == null
                            ? ""
                            : " " + getTranslation("moderation.case.history.by", change.changedBy()));
            if (change.agency() != null) {
                text.append(" ")
                        .append(getTranslation(
                                "moderation.case.history.to",
                                Labels.agency(moderation.agencies(), change.agency()),
                                change.agencyReference()));
            }
            if (change.reason() != null) {
                text.append(": ").append(change.reason());
            }
            ListItem item = new ListItem(new Span(text.toString()));
            if (change.duplicateOf() != null) {
                item.add(
                        new Span(" " + getTranslation("moderation.case.history.of") + " "),
                        new Anchor(path(change.duplicateOf()), change.duplicateOf()));
            }
            list.add(item);
        });
        return section(getTranslation("moderation.case.history"), "history", list);
    }

    private Section audit(CaseFile shown) {
        UnorderedList list = new UnorderedList();
        list.setId("audit");
        for (AuditEntry entry : shown.audit()) {
            String change = entry.before() == null && entry.after() == null
                    ? ""
                    : ": " + (entry.before() == null ? "" : entry.before() + " \u2192 ")
                            + (entry.after() == null ? "" : entry.after());
            list.add(new ListItem(
                    Labels.when(entry.occurredAt()) + " " + entry.actor() + " " + entry.action() + change));
        }
        return section(getTranslation("moderation.case.audit"), "audit-section", list);
    }

    /**
     * Runs a change. A refusal, a conflict with another moderator, or a case that has gone is
     * shown in words, and what was typed stays in its field: the fields outlive the page's content.
     */
    private Button button(String textKey, String id, Supplier<CaseFile> change, HasValue<?, ?>... clearedAfter) {
        Button button = new Button(getTranslation(textKey), click -> run(change, clearedAfter));
        button.setId(id);
        return button;
    }

    private void run(Supplier<CaseFile> change, HasValue<?, ?>... clearedAfter) {
        try {
            CaseFile changed = change.get();
            problem.setText("");
            updated.setText("");
            for (HasValue<?, ?> field : clearedAfter) {
                field.clear();
            }
            show(changed);
        } catch (WorkflowException refused) {
            problem.setText(refused.messageKey().map(this::getTranslation).orElse(refused.getMessage()));
        } catch (ReportChangedException changed) {
            problem.setText(changed.getMessage());
            moderation
                    .open(file.report().reference())
                    .ifPresentOrElse(this::show, () -> problem.setText(getTranslation("moderation.case.gone")));
        }
    }

    /**
     * A closing action asks first: the button opens a confirmation, and only its own confirm
     * button makes the change. The confirmation says what cannot be undone without reopening.
     */
    private Button confirmed(String textKey, String id, Supplier<CaseFile> change, ButtonVariant... confirmThemes) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id + "-dialog");
        dialog.setHeader(getTranslation("moderation.case." + id + ".confirm.heading"));
        dialog.setText(getTranslation("moderation.case." + id + ".confirm.text"));
        Button cancel = new Button(getTranslation("moderation.case.confirm.cancel"));
        cancel.setId(id + "-cancel");
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        Button confirm = new Button(getTranslation("moderation.case." + id + ".confirm"));
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addThemeVariants(confirmThemes);
        dialog.setConfirmButton(confirm);
        // the buttons are the page's own (ids, words from the bundle): each closes the dialog itself
        cancel.addClickListener(click -> dialog.close());
        confirm.addClickListener(click -> {
            dialog.close();
            run(change);
        });
        Button opener = new Button(getTranslation(textKey), click -> dialog.open());
        opener.setId(id);
        return opener;
    }

    private Div group(String headingKey, Component... parts) {
        Div group = new Div(new H3(getTranslation(headingKey)));
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
