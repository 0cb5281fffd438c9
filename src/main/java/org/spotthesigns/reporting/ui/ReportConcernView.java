package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;

/**
 * How to report a concern. A sign page links here with {@code ?sign=<id>}; the sign is named so
 * the visitor knows their place was kept.
 */
@Route("report")
@AnonymousAllowed
class ReportConcernView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GuidanceService guidance;
    private final GuidancePage page;
    private final Paragraph chosenSign = new Paragraph();

    ReportConcernView(GuidanceService guidance) {
        this.guidance = guidance;
        this.page = guidance.generalPage("report", getLocale());
        addClassName("page");
        chosenSign.addClassName("chosen-sign");
        chosenSign.setVisible(false);
        add(new H1(page.title()), chosenSign, new Html("<div class=\"prose\">" + page.html() + "</div>"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String sign = event.getLocation().getQueryParameters().getSingleParameter("sign").orElse("");
        guidance.page(Section.SIGNS, sign, getLocale()).ifPresentOrElse(
                found -> {
                    chosenSign.setText(getTranslation("report.sign", found.title()));
                    chosenSign.setVisible(true);
                },
                () -> chosenSign.setVisible(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", page.title());
    }
}
