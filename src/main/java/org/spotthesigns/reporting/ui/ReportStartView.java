package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.shared.LanguageAddresses;

/**
 * The start of a report: what it involves, the start button near the top, where some cases are
 * dealt with faster (decision record 0025), and the other ways to tell someone. A sign page links
 * here with {@code ?sign=<id>}; the start link passes that sign on to the first step, which ticks
 * it in the form. Visiting this page changes nothing, so its pre-rendered copy (a real link,
 * followed before Vaadin has started) and the view lead to the same form.
 */
@Route("report")
@RouteAlias(LanguageAddresses.PREFIX + "report")
@AnonymousAllowed
class ReportStartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SIGN = "sign";
    /** A place page links here with {@code ?place=<id of the page>}: the form chooses its kind of place. */
    static final String PLACE = "place";

    private final GuidanceService guidance;
    private final GuidancePage page;
    private final Paragraph chosenSign = new Paragraph();
    private final Anchor start = new Anchor(ReportStepView.path(ReportStepView.FIRST), "");

    ReportStartView(GuidanceService guidance) {
        this.guidance = guidance;
        this.page = guidance.generalPage("report", getLocale());
        addClassName("page");
        chosenSign.addClassName("chosen-sign");
        chosenSign.setVisible(false);
        start.setText(getTranslation("report.start.button"));
        start.addClassName("button-link");
        start.setId("start-report");
        Paragraph lead = new Paragraph(getTranslation("report.start.lead"));
        lead.addClassName("lead");
        Paragraph startHolder = new Paragraph(start);
        startHolder.addClassName("start-holder");
        add(
                new H1(page.title()),
                chosenSign,
                lead,
                startHolder,
                withoutJavaScript(),
                rightPlaceFirst(),
                new Html("<div class=\"prose\">" + page.html() + "</div>"),
                new Paragraph(new Anchor(
                        LanguageAddresses.here(FollowUpView.PATH), getTranslation("report.start.followup"))));
    }

    /**
     * The cases another service deals with faster (danger now, online sexual abuse, a young person
     * asking about themselves), right under the start button, from the content files.
     */
    private com.vaadin.flow.component.html.Section rightPlaceFirst() {
        H2 heading = new H2(getTranslation("report.start.routes.heading"));
        heading.setId("right-place-heading");
        var section =
                new com.vaadin.flow.component.html.Section(heading, Signposts.list(guidance.signposts(getLocale())));
        section.setId("right-place");
        section.getElement().setAttribute("aria-labelledby", "right-place-heading");
        return section;
    }

    /** Shown only when scripts do not run: the form cannot work, the telephone can. */
    private Div withoutJavaScript() {
        Div holder = new Div();
        Element noscript = new Element("noscript");
        Paragraph note = new Paragraph(getTranslation("report.nojs"));
        note.addClassName("no-script");
        noscript.appendChild(note.getElement());
        holder.getElement().appendChild(noscript);
        return holder;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showChosenSign(event.getLocation().getQueryParameters());
    }

    void showChosenSign(QueryParameters query) {
        Optional<GuidancePage> sign =
                query.getSingleParameter(SIGN).flatMap(id -> guidance.page(Section.SIGNS, id, getLocale()));
        // only a place page that a kind of place matches is passed on
        Optional<String> place = query.getSingleParameter(PLACE)
                .filter(id -> guidance.placeKinds(Locale.UK).stream().anyMatch(kind -> id.equals(kind.placePage())));
        List<String> passedOn = new ArrayList<>();
        sign.ifPresentOrElse(
                found -> {
                    chosenSign.setText(getTranslation("report.sign", found.title()));
                    chosenSign.setVisible(true);
                    passedOn.add(SIGN + "=" + found.id());
                },
                () -> chosenSign.setVisible(false));
        place.ifPresent(id -> passedOn.add(PLACE + "=" + id));
        start.setHref(ReportStepView.path(ReportStepView.FIRST)
                + (passedOn.isEmpty() ? "" : "?" + String.join("&", passedOn)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", page.title());
    }

    String description() {
        return page.summary();
    }
}
