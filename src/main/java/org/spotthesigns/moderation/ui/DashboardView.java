package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.moderation.ReportStatistics;
import org.spotthesigns.security.Role;

/** The state of the queue at a glance: by priority and status, what is overdue, how many arrive, and where. */
@Route(DashboardView.ROUTE)
@PageTitle("Dashboard - Spot the Signs moderation")
@RolesAllowed(Role.MODERATOR_NAME)
class DashboardView extends Div {

    static final String ROUTE = "moderation/dashboard";
    private static final int DAYS = 28;

    DashboardView(ModerationService moderation) {
        addClassName("dashboard");
        ReportStatistics.Summary summary = moderation.dashboard(DAYS);
        Map<String, Long> byPriority = new LinkedHashMap<>();
        summary.openByPriority().forEach((priority, count) -> byPriority.put(priority == 0 ? "Not yet triaged"
                : "P" + priority, count));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        summary.byStatus().forEach((status, count) -> byStatus.put(Labels.status(status), count));
        Span overdue = new Span(summary.overdue() + " open reports are past their deadline");
        overdue.setId("overdue-count");
        if (summary.overdue() > 0) {
            overdue.addClassName("overdue");
        }
        Svg chart = new Svg(ReportsPerDayChart.svg(summary.perDay()));
        chart.setId("per-day-chart");
        java.util.List<java.time.LocalDate> days = new java.util.ArrayList<>(summary.perDay().keySet());
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK);
        Div scale = new Div(new Span("Top of the chart: " + ReportsPerDayChart.scaleTop(summary.perDay()) + " reports a day"),
                new Span(day.format(days.getFirst()) + " to " + day.format(days.getLast())));
        scale.addClassName("chart-scale");
        add(new H1("Dashboard"), overdue,
                section("Open reports by priority", "open-by-priority", counts(byPriority)),
                section("Reports by status", "by-status", counts(byStatus)),
                section("Reports per day, last " + DAYS + " days", "per-day", new Div(chart, scale)),
                section("Most reported kinds of place", "top-places", counts(named(summary.topPlaces(), moderation.placeKinds()))),
                section("Most reported areas", "top-areas", counts(named(summary.topAreas(), moderation.areas()))));
    }

    private static Map<String, Long> named(Map<String, Long> counts, java.util.List<Choice> choices) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((id, count) -> named.put(AnsweredQuestions.label(choices, id), count));
        return named;
    }

    private static DescriptionList counts(Map<String, Long> counts) {
        DescriptionList list = new DescriptionList();
        counts.forEach((name, count) -> list.add(new DescriptionList.Term(name),
                new DescriptionList.Description(String.valueOf(count))));
        return list;
    }

    private static Section section(String heading, String id, com.vaadin.flow.component.Component content) {
        Section section = new Section(new H2(heading), content);
        section.setId(id);
        return section;
    }
}
