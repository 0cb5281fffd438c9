package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;

/**
 * The start of a report: what it involves and the other ways to tell someone. A sign page links
 * here with {@code ?sign=<id>}; that sign is then already ticked in the form.
 */
@Route("report")
@AnonymousAllowed
class ReportStartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GuidanceService guidance;
    private final ReportJourney journey;
    private final GuidancePage page;
    private final Paragraph chosenSign = new Paragraph();

    ReportStartView(GuidanceService guidance, ReportJourney journey) {
        this.guidance = guidance;
        this.journey = journey;
        this.page = guidance.generalPage("report", getLocale());
        addClassName("page");
        chosenSign.addClassName("chosen-sign");
        chosenSign.setVisible(false);
        Anchor start = new Anchor(ReportStepView.path(ReportStepView.FIRST), getTranslation("report.start.button"));
        start.addClassName("button-link");
        start.setId("start-report");
        add(new H1(page.title()), chosenSign, new Html("<div class=\"prose\">" + page.html() + "</div>"),
                new Paragraph(start),
                new Paragraph(new Anchor(FollowUpView.PATH, getTranslation("report.start.followup"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String sign = event.getLocation().getQueryParameters().getSingleParameter("sign").orElse("");
        guidance.page(Section.SIGNS, sign, Locale.UK).ifPresentOrElse(found -> {
            journey.draft().getSigns().add(found.id());
            chosenSign.setText(getTranslation("report.sign", guidance.page(Section.SIGNS, sign, getLocale())
                    .map(GuidancePage::title).orElse(found.title())));
            chosenSign.setVisible(true);
        }, () -> chosenSign.setVisible(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", page.title());
    }
}
