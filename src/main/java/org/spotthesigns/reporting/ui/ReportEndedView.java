package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.shared.LanguageAddresses;

/**
 * What a reporter sees when a report in progress ends unsent (decision record 0025): the time-out
 * warning ran out, the reporter chose "Delete my answers now", or the browser came back to a draft
 * that had already timed out. The answers are deleted by what leads here (the warning's button,
 * the time running out on the server, the draft's own expiry), never by opening the page: a link
 * from anywhere, a bookmark or a restored tab must not wipe a reporter's answers.
 */
@Route("report/timed-out")
@RouteAlias("report/deleted")
@RouteAlias(LanguageAddresses.PREFIX + "report/timed-out")
@RouteAlias(LanguageAddresses.PREFIX + "report/deleted")
@AnonymousAllowed
class ReportEndedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String TIMED_OUT = "timed-out";
    static final String DELETED = "deleted";
    static final String TIMED_OUT_PATH = "/report/" + TIMED_OUT;
    static final String DELETED_PATH = "/report/" + DELETED;

    private final ReportTimeOut settings;
    private final Paragraph why = new Paragraph();

    ReportEndedView(ReportTimeOut settings) {
        this.settings = settings;
        addClassName("page");
        why.setId("why-deleted");
        Anchor again = new Anchor(ReportStepView.path(ReportStepView.FIRST), getTranslation("report.ended.again"));
        again.addClassName("button-link");
        again.setId("start-again");
        add(
                new H1(getTranslation("report.ended.title")),
                why,
                new Paragraph(getTranslation("report.ended.nothingSent")),
                new Paragraph(again));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean chosen = event.getLocation().getPath().endsWith(DELETED);
        why.setText(
                chosen
                        ? getTranslation("report.ended.deleted")
                        : getTranslation("report.ended.timedOut", TimeOutWarning.words(this, settings.getIdle())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", getTranslation("report.ended.title"));
    }
}
