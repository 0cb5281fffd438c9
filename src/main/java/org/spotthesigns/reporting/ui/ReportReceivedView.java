package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.shared.LanguageAddresses;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The confirmation: the reference and the secret key, shown this once, and what happens next.
 * The reporter can copy each, save both in a small file or print them, all in the browser
 * ({@code scripts/keep-the-key.js}): the key goes nowhere else. Until the key is copied, saved
 * or printed, leaving or reloading the page asks first; "Exit this page" never does.
 */
@Route("report/" + ReportReceivedView.SLUG)
@RouteAlias(LanguageAddresses.PREFIX + "report/" + ReportReceivedView.SLUG)
@AnonymousAllowed
@JavaScript("context://scripts/keep-the-key.js")
@StyleSheet("context://styles/keeping.css")
class ReportReceivedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "received";

    private final ReportJourney journey;

    ReportReceivedView(ReportJourney journey) {
        this.journey = journey;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("report.received.title")));
        journey.takeSubmitted()
                .ifPresentOrElse(
                        this::show,
                        () -> add(
                                new Paragraph(getTranslation("report.received.gone")),
                                new Paragraph(new Anchor(
                                        LanguageAddresses.here(FollowUpView.PATH),
                                        getTranslation("report.received.followup")))));
    }

    private void show(SubmittedReport report) {
        String address = followUpAddress();
        Div sheet = new Div(
                line(
                        "report.received.reference",
                        "reference",
                        report.reference().value()),
                line("report.received.key", "follow-up-key", report.key().value()),
                line("report.received.address", "follow-up-address", address));
        // the only part of the page that is printed
        sheet.addClassNames("confirmation-panel", "key-sheet");
        sheet.setId("key-sheet");
        sheet.getElement().setAttribute("data-key-kept", "false");
        words(sheet, "label-reference", "report.received.reference");
        words(sheet, "label-key", "report.received.key");
        words(sheet, "label-address", "report.received.address");
        words(sheet, "copied-reference", "report.received.copied.reference");
        words(sheet, "copied-key", "report.received.copied.key");
        words(sheet, "copy-refused", "report.received.copy.refused");
        words(sheet, "file-name", "report.received.file.name");
        words(sheet, "saved", "report.received.saved", getTranslation("report.received.file.name"));
        words(sheet, "leave", "report.received.leave");

        Div actions = new Div(
                action("copy-reference", "report.received.copy.reference", "copy", "reference"),
                action("copy-key", "report.received.copy.key", "copy", "key"),
                action("save-key", "report.received.save", "save", null),
                action("print-key", "report.received.print", "print", null));
        actions.addClassName("keep-actions");
        // said aloud and shown when a copy, a save or a refusal happens
        Paragraph status = new Paragraph();
        status.setId("keep-status");
        status.addClassName("keep-status");
        status.getElement().setAttribute("role", "status");

        add(
                sheet,
                new Paragraph(getTranslation("report.received.keep")),
                actions,
                status,
                new H2(getTranslation("report.received.next.title")),
                new Paragraph(getTranslation("report.received.next")),
                new Paragraph(new Anchor(
                        LanguageAddresses.here(FollowUpView.PATH), getTranslation("report.received.followup"))),
                new Paragraph(
                        new Anchor(LanguageAddresses.here("/report"), getTranslation("report.received.another"))));
    }

    private Paragraph line(String labelKey, String id, String value) {
        Span code = new Span(value);
        code.setId(id);
        code.addClassName(id.equals("follow-up-address") ? "address" : "code");
        // read left to right inside a right-to-left page, as written
        code.getElement().setAttribute("dir", "ltr");
        return new Paragraph(new Span(getTranslation(labelKey)), new Text(" "), code);
    }

    /** Words the script shows or writes, from the message bundle like every other word. */
    private void words(Div sheet, String name, String key, Object... arguments) {
        sheet.getElement().setAttribute("data-" + name, getTranslation(key, arguments));
    }

    /** A button the script acts on; Vaadin is not asked, so the key never travels for it. */
    private Button action(String id, String labelKey, String what, @org.jspecify.annotations.Nullable String which) {
        Button button = new Button(getTranslation(labelKey));
        button.setId(id);
        button.getElement().setAttribute("data-keep", what);
        if (which != null) {
            button.getElement().setAttribute("data-keep-copy", which);
        }
        return button;
    }

    /** The follow-up page's full address, as this visitor reached the portal, for paper and the saved file. */
    private static String followUpAddress() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .path(LanguageAddresses.here(FollowUpView.PATH))
                    .build()
                    .toUriString();
        }
        return LanguageAddresses.here(FollowUpView.PATH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", getTranslation("report.received.title"));
    }
}
