package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.moderation.CaseFile;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.moderation.Referral;
import org.spotthesigns.moderation.Referral.Shared;
import org.spotthesigns.moderation.ReferralService;
import org.spotthesigns.moderation.ReportChangedException;
import org.spotthesigns.moderation.ReportWorkflow;
import org.spotthesigns.moderation.WorkflowException;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.security.Role;
import org.spotthesigns.shared.PlainText;

/**
 * Referring one report to an agency: the letter prepared from the answers, with the reporter's
 * own words and contact details only where ticked; then approved by a second moderator, copied or
 * downloaded as text or PDF. The letter is shown as preformatted text, never as markup.
 */
@Route(ReferralView.ROUTE)
@RolesAllowed(Role.MODERATOR_NAME)
class ReferralView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "moderation/reports/:reference/referral";

    private final ModerationService moderation;
    private final ReferralService referrals;
    private final AuthenticationContext authentication;
    private final Paragraph problem = new Paragraph();
    private final Div content = new Div();
    private final Select<String> agency = new Select<>();
    private final TextField agencyReference = new TextField();
    private final Map<Shared, Checkbox> shared = new EnumMap<>(Shared.class);
    private final Pre preview = new Pre();
    private String reference = "";
    private long seenVersion;
    private String title = "";

    ReferralView(ModerationService moderation, ReferralService referrals, AuthenticationContext authentication) {
        this.moderation = moderation;
        this.referrals = referrals;
        this.authentication = authentication;
        addClassName("report-case");
        problem.setId("referral-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("field-problem");
        agency.setLabel(getTranslation("referral.field.agency"));
        agency.setId("referral-agency");
        List<Choice> agencies = referrals.agencies();
        agency.setItems(agencies.stream().map(Choice::id).toList());
        agency.setItemLabelGenerator(id -> AnsweredQuestions.label(agencies, id));
        agency.addValueChangeListener(changed -> showPreview());
        agencyReference.setLabel(getTranslation("referral.field.agencyReference"));
        agencyReference.setId("referral-agency-reference");
        agencyReference.setMaxLength(PlainText.byteCeiling(ReportWorkflow.AGENCY_REFERENCE_LIMIT));
        agencyReference.addValueChangeListener(changed -> showPreview());
        for (Shared what : Shared.values()) {
            Checkbox tick = new Checkbox(getTranslation("referral.shared." + what.name()));
            tick.setId("referral-share-" + what.name());
            tick.addValueChangeListener(changed -> showPreview());
            shared.put(what, tick);
        }
        preview.setId("referral-preview");
        preview.addClassName("referral-letter");
        add(problem, content);
    }

    static String path(String reference) {
        return ROUTE.replace(":reference", reference);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        show();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show() {
        content.removeAll();
        CaseFile file = moderation.open(reference).orElse(null);
        if (file == null) {
            title = getTranslation("referral.none", reference);
            content.add(new H1(title), new Anchor(QueueView.ROUTE, getTranslation("referral.back.queue")));
            return;
        }
        seenVersion = file.report().version();
        title = getTranslation("referral.pageTitle", reference);
        content.add(
                new H1(getTranslation("referral.title", reference)),
                new Paragraph(new Anchor(ReportView.path(reference), getTranslation("referral.back", reference))));
        List<Referral> all = referrals.referrals(reference);
        all.stream().filter(r -> !r.approved()).findFirst().ifPresent(awaiting -> content.add(awaiting(awaiting)));
        content.add(prepare(), sent(all));
        showPreview();
    }

    private Section prepare() {
        Div ticks = new Div();
        ticks.setId("referral-shared");
        ticks.addClassName("referral-shared");
        shared.values().forEach(tick -> ticks.add(new Div(tick)));
        Button prepare = new Button(
                getTranslation("referral.prepare"),
                click -> act(() -> referrals.prepare(
                        reference,
                        seenVersion,
                        agency.getValue() == null ? "" : agency.getValue(),
                        agencyReference.getValue(),
                        ticked())));
        prepare.setId("referral-prepare");
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        return section(
                "referral.prepare.title",
                "referral-prepare-section",
                new Paragraph(getTranslation("referral.prepare.intro")),
                agency,
                agencyReference,
                new Paragraph(getTranslation("referral.shared.title")),
                ticks,
                new H2(getTranslation("referral.preview.title")),
                preview,
                prepare);
    }

    private Section awaiting(Referral referral) {
        Pre letter = new Pre(referral.letter());
        letter.setId("referral-awaiting-letter");
        letter.addClassName("referral-letter");
        Section section = section(
                "referral.awaiting.title",
                "referral-awaiting",
                new Paragraph(getTranslation(
                        "referral.awaiting.by",
                        referral.preparedBy(),
                        Labels.when(referral.preparedAt()),
                        AnsweredQuestions.label(referrals.agencies(), referral.agency()),
                        referral.agencyReference())),
                letter,
                new Paragraph(getTranslation("referral.sha256", referral.sha256())),
                exports(referral));
        if (authentication
                .getPrincipalName()
                .filter(referral.preparedBy()::equals)
                .isPresent()) {
            section.add(new Paragraph(getTranslation("referral.awaiting.own")));
        } else {
            Button approve = new Button(
                    getTranslation("referral.approve"),
                    click -> act(() -> referrals.approve(reference, referral.id(), seenVersion)));
            approve.setId("referral-approve");
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(approve);
        }
        return section;
    }

    private Section sent(List<Referral> all) {
        UnorderedList list = new UnorderedList();
        list.setId("referrals-sent");
        for (Referral referral : all.stream().filter(Referral::approved).toList()) {
            Pre letter = new Pre(referral.letter());
            letter.addClassName("referral-letter");
            list.add(new ListItem(
                    new Paragraph(getTranslation(
                            "referral.sent.by",
                            AnsweredQuestions.label(referrals.agencies(), referral.agency()),
                            referral.agencyReference(),
                            referral.preparedBy(),
                            Labels.when(referral.preparedAt()),
                            String.valueOf(referral.approvedBy()),
                            Labels.when(referral.approvedAt()))),
                    new Paragraph(getTranslation("referral.sha256", referral.sha256())),
                    letter,
                    exports(referral)));
        }
        if (list.getChildren().findAny().isEmpty()) {
            return section(
                    "referral.sent.title",
                    "referrals-sent-section",
                    new Paragraph(getTranslation("referral.sent.none")));
        }
        return section("referral.sent.title", "referrals-sent-section", list);
    }

    /** Copy, and downloads of the letter as kept: text exactly as stored, or drawn into a PDF. */
    private Div exports(Referral referral) {
        Button copy = new Button(getTranslation("referral.copy"), click -> {
            // the letter goes to the clipboard as a string argument: never evaluated, never markup
            getElement().executeJs("return navigator.clipboard.writeText($0)", referral.letter());
            Notification.show(getTranslation("referral.copied"));
        });
        copy.setId("referral-copy-" + referral.id());
        String name = "referral-" + referral.reference() + "-" + referral.id();
        Anchor text = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = referrals.text(referral).getBytes(StandardCharsets.UTF_8);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            name + ".txt",
                            "text/plain;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("referral.download.text"));
        text.setId("referral-text-" + referral.id());
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = referrals.pdf(referral);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes), name + ".pdf", "application/pdf", bytes.length);
                }),
                getTranslation("referral.download.pdf"));
        pdf.setId("referral-pdf-" + referral.id());
        Div exports = new Div(copy, text, pdf);
        exports.addClassName("referral-exports");
        return exports;
    }

    private void showPreview() {
        if (reference.isEmpty()) {
            return;
        }
        try {
            preview.setText(referrals.preview(
                    reference,
                    agency.getValue() == null ? "" : agency.getValue(),
                    agencyReference.getValue(),
                    ticked()));
        } catch (WorkflowException gone) {
            preview.setText("");
        }
    }

    private Set<Shared> ticked() {
        Set<Shared> ticked = EnumSet.noneOf(Shared.class);
        shared.forEach((what, tick) -> {
            if (tick.getValue()) {
                ticked.add(what);
            }
        });
        return ticked;
    }

    /** Runs a step; a refusal or a conflict is shown, and the page is read again. */
    private void act(Runnable step) {
        try {
            step.run();
            problem.setText("");
        } catch (WorkflowException refused) {
            problem.setText(refused.messageKey().map(this::getTranslation).orElse(refused.getMessage()));
        } catch (ReportChangedException changed) {
            problem.setText(changed.getMessage());
        }
        show();
    }

    private Section section(String headingKey, String id, com.vaadin.flow.component.Component... parts) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        section.add(parts);
        return section;
    }
}
