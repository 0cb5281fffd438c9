package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Text;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.reporting.SubmittedReport;

/** The confirmation: the reference and the secret key, shown this once, and what happens next. */
@Route("report/" + ReportReceivedView.SLUG)
@AnonymousAllowed
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
                                new Paragraph(
                                        new Anchor(FollowUpView.PATH, getTranslation("report.received.followup")))));
    }

    private void show(SubmittedReport report) {
        Div panel = new Div(
                secret(
                        "report.received.reference",
                        "reference",
                        report.reference().value()),
                secret("report.received.key", "follow-up-key", report.key().value()));
        panel.addClassName("confirmation-panel");
        add(
                panel,
                new Paragraph(getTranslation("report.received.keep")),
                new H2(getTranslation("report.received.next.title")),
                new Paragraph(getTranslation("report.received.next")),
                new Paragraph(new Anchor(FollowUpView.PATH, getTranslation("report.received.followup"))),
                new Paragraph(new Anchor("/report", getTranslation("report.received.another"))));
    }

    private Paragraph secret(String labelKey, String id, String value) {
        Span code = new Span(value);
        code.setId(id);
        code.addClassName("code");
        return new Paragraph(new Span(getTranslation(labelKey)), new Text(" "), code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", getTranslation("report.received.title"));
    }
}
