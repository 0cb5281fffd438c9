package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.moderation.ReportStatistics;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.security.Role;

/**
 * The state of the queue at a glance: by priority and status, what is overdue, how many arrive, and where.
 * Each count the queue can filter by links to the queue with that filter, in the address as the queue keeps it.
 */
@Route(DashboardView.ROUTE)
@RolesAllowed(Role.MODERATOR_NAME)
class DashboardView extends Div implements HasDynamicTitle {

    static final String ROUTE = "moderation/dashboard";
    private static final int DAYS = 28;

    DashboardView(ModerationService moderation) {
        addClassName("dashboard");
        ReportStatistics.Summary summary = moderation.dashboard(DAYS);
        DescriptionList byPriority = new DescriptionList();
        summary.openByPriority().forEach((priority, count) -> {
            String name = priority == 0 ? getTranslation("moderation.dashboard.untriaged") : "P" + priority;
            count(
                    byPriority,
                    name,
                    count,
                    priority == 0
                            ? queue(Map.of("attention", "untriaged"))
                            : queue(Map.of("priority", String.valueOf(priority))));
        });
        DescriptionList byStatus = new DescriptionList();
        summary.byStatus()
                .forEach((status, count) -> count(
                        byStatus,
                        Labels.status(status, this::getTranslation),
                        count,
                        queue(Map.of("status", status.name()))));
        Anchor overdue = new Anchor(
                queue(Map.of("attention", "overdue")),
                getTranslation("moderation.dashboard.overdue", summary.overdue()));
        overdue.setId("overdue-count");
        if (summary.overdue() > 0) {
            overdue.addClassName("overdue");
        }
        Svg chart = new Svg(ReportsPerDayChart.svg(summary.perDay(), this::getTranslation));
        chart.setId("per-day-chart");
        List<LocalDate> days = new ArrayList<>(summary.perDay().keySet());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
        Div scale = new Div(
                new Span(
                        getTranslation("moderation.dashboard.scaleTop", ReportsPerDayChart.scaleTop(summary.perDay()))),
                new Span(getTranslation(
                        "moderation.dashboard.dayRange", day.format(days.getFirst()), day.format(days.getLast()))));
        scale.addClassName("chart-scale");
        // one slot per bar, so each name sits under its day's bar
        Div dayNames = new Div();
        dayNames.addClassName("chart-days");
        List<Integer> labelled = ReportsPerDayChart.labelled(days.size());
        for (int i = 0; i < days.size(); i++) {
            Span slot = new Span(labelled.contains(i) ? day.format(days.get(i)) : "");
            slot.addClassName(labelled.contains(i) ? "chart-day" : "chart-slot");
            dayNames.add(slot);
        }
        add(
                new H1(getTranslation("moderation.dashboard.title")),
                overdue,
                section(getTranslation("moderation.dashboard.byPriority"), "open-by-priority", byPriority),
                section(getTranslation("moderation.dashboard.byStatus"), "by-status", byStatus),
                section(
                        getTranslation("moderation.dashboard.perDay", DAYS),
                        "per-day",
                        new Div(chart, dayNames, scale)),
                section(
                        getTranslation("moderation.dashboard.topPlaces"),
                        "top-places",
                        top(summary.topPlaces(), moderation.placeKinds(), "place")),
                section(
                        getTranslation("moderation.dashboard.topAreas"),
                        "top-areas",
                        top(summary.topAreas(), moderation.areas(), "area")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.dashboard.pageTitle");
    }

    /** The most reported places or areas, counted over every report: each links to all of its reports. */
    private DescriptionList top(Map<String, Long> counts, List<Choice> choices, String filter) {
        DescriptionList list = new DescriptionList();
        counts.forEach((id, count) ->
                count(list, AnsweredQuestions.label(choices, id), count, queue(Map.of("status", "all", filter, id))));
        return list;
    }

    private void count(DescriptionList list, String name, long count, @Nullable String queue) {
        Component figure;
        if (queue == null) {
            figure = new Span(String.valueOf(count));
        } else {
            Anchor link = new Anchor(queue, String.valueOf(count));
            // the number alone says little to a screen reader going from link to link
            link.setAriaLabel(getTranslation("moderation.dashboard.showInQueue", count, name));
            figure = link;
        }
        list.add(new DescriptionList.Term(name), new DescriptionList.Description(figure));
    }

    /** The queue's address with these filters, as the queue itself writes it (QueueView's query parameters). */
    static String queue(Map<String, String> filters) {
        Map<String, List<String>> parameters = new java.util.TreeMap<>();
        filters.forEach((name, value) -> parameters.put(name, List.of(value)));
        String query = new QueryParameters(parameters).getQueryString();
        return QueueView.ROUTE + (query.isEmpty() ? "" : "?" + query);
    }

    private static Section section(String heading, String id, Component content) {
        Section section = new Section(new H2(heading), content);
        section.setId(id);
        return section;
    }
}
