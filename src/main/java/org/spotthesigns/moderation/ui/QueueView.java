package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.moderation.internal.QueueBroadcaster;
import org.spotthesigns.moderation.QueueFilter;
import org.spotthesigns.moderation.QueueRow;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.security.Role;

/**
 * The queue: most urgent first, then soonest due, loaded a page at a time. The filters live in
 * the address, so a view of the queue can be bookmarked or shared with a colleague.
 */
@Route(QueueView.ROUTE)
@PageTitle("Queue - Spot the Signs moderation")
@RolesAllowed(Role.MODERATOR_NAME)
class QueueView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "moderation";
    private static final String ANY = "";

    private final ModerationService moderation;
    private final QueueBroadcaster broadcaster;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private Runnable stopListening = () -> {
    };
    private final Select<String> status = new Select<>();
    private final CheckboxGroup<Integer> priorities = new CheckboxGroup<>("Priority");
    private final Select<String> area = new Select<>();
    private final Select<String> place = new Select<>();
    private final Checkbox mine = new Checkbox("Claimed by me");
    private final Select<String> spam = new Select<>();
    private final TextField text = new TextField("Reference or words");
    private final Span count = new Span();
    private final Grid<QueueRow> grid = new Grid<>();
    private QueueFilter filter = QueueFilter.OPEN;
    private boolean reading;

    QueueView(ModerationService moderation, QueueBroadcaster broadcaster, AuthenticationContext authentication, Clock clock) {
        this.moderation = moderation;
        this.authentication = authentication;
        this.broadcaster = broadcaster;
        this.clock = clock;
        addClassName("queue");
        Map<String, String> areaNames = names(moderation.areas());
        Map<String, String> placeNames = names(moderation.placeKinds());

        status.setLabel("Status");
        status.setId("filter-status");
        status.setItems(List.of("open", "all", "NEW", "IN_REVIEW", "REFERRED", "NO_FURTHER_ACTION", "DUPLICATE", "SPAM"));
        status.setItemLabelGenerator(value -> switch (value) {
            case "open" -> "Still open";
            case "all" -> "All";
            default -> Labels.status(ReportStatus.valueOf(value));
        });
        priorities.setId("filter-priority");
        priorities.setItems(1, 2, 3, 4);
        priorities.setItemLabelGenerator(p -> "P" + p);
        choices(area, "Area", "filter-area", areaNames);
        choices(place, "Kind of place", "filter-place", placeNames);
        mine.setId("filter-mine");
        spam.setLabel("Suspected spam");
        spam.setId("filter-spam");
        spam.setItems(ANY, "only", "hide");
        spam.setItemLabelGenerator(value -> switch (value) {
            case "only" -> "Only suspected spam";
            case "hide" -> "Leave out suspected spam";
            default -> "Show with the rest";
        });
        text.setId("filter-text");
        text.setMaxLength(QueueFilter.TEXT_LIMIT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        List.of(status, area, place, spam).forEach(select -> select.addValueChangeListener(e -> filtersChanged()));
        priorities.addValueChangeListener(e -> filtersChanged());
        mine.addValueChangeListener(e -> filtersChanged());
        text.addValueChangeListener(e -> filtersChanged());

        count.setId("queue-count");
        count.getElement().setAttribute("role", "status");
        grid.setId("queue");
        grid.addComponentColumn(row -> new PriorityBadge(row.priority())).setHeader("Priority").setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Anchor open = new Anchor(ReportView.path(row.reference()), row.reference());
            open.addClassName("reference");
            return open;
        }).setHeader("Report").setAutoWidth(true);
        grid.addColumn(row -> Labels.status(row.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(row -> areaNames.getOrDefault(row.area(), row.area())).setHeader("Area").setAutoWidth(true);
        grid.addColumn(row -> placeNames.getOrDefault(row.placeKind(), row.placeKind())).setHeader("Place").setAutoWidth(true);
        grid.addComponentColumn(QueueView::flags).setHeader("Flags").setAutoWidth(true);
        grid.addColumn(QueueRow::summary).setHeader("What was noticed").setFlexGrow(1);
        grid.addColumn(row -> row.assignedTo() == null ? "" : row.assignedTo()).setHeader("Claimed by").setAutoWidth(true);
        grid.setItems(query -> moderation.queue(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, moderation.count(filter)))
                // the grid has just counted the reports: say it, rather than counting them again
                .addItemCountChangeListener(counted -> count.setText(
                        counted.getItemCount() == 1 ? "1 report" : counted.getItemCount() + " reports"));

        Div filters = new Div(status, priorities, area, place, spam, mine, text);
        filters.addClassName("queue-filters");
        Anchor export = new Anchor(download -> {
            download.setFileName("reports-" + java.time.LocalDate.now(clock) + ".csv");
            download.setContentType("text/csv; charset=UTF-8");
            moderation.exportCsv(filter, download.getOutputStream());
        }, "Export these reports as CSV");
        export.setId("export-csv");
        add(new H1("Queue"), filters, new Div(count, new Span(" · "), export), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        String statusValue = first(parameters, "status", "open");
        status.setValue(status.getListDataView().getItems().anyMatch(statusValue::equals) ? statusValue : "open");
        priorities.setValue(parameters.getOrDefault("priority", List.of()).stream().filter(p -> p.matches("[1-4]"))
                .map(Integer::valueOf).collect(Collectors.toSet()));
        area.setValue(known(area, first(parameters, "area", ANY)));
        place.setValue(known(place, first(parameters, "place", ANY)));
        spam.setValue(known(spam, first(parameters, "spam", ANY)));
        mine.setValue("yes".equals(first(parameters, "mine", "")));
        text.setValue(first(parameters, "q", ""));
        reading = false;
        filter = filterFromFields();
        grid.getDataProvider().refreshAll();
    }

    /**
     * While the queue is open, every triaged report refreshes it over push, without a reload;
     * a new P1 also raises a notification that screen readers announce.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        stopListening = broadcaster.register(change -> ui.access(() -> {
            grid.getDataProvider().refreshAll();
            if (change.urgent()) {
                Notification notification = Notification.show("New P1 report: " + change.reference(), 10_000,
                        Notification.Position.TOP_END);
                notification.addThemeVariants(NotificationVariant.ERROR);
                notification.setId("new-p1");
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopListening.run();
    }

    /** Puts the filters in the address; entering it again reads them back and refreshes the queue. */
    private void filtersChanged() {
        if (reading) {
            return;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!"open".equals(status.getValue())) {
            parameters.put("status", List.of(status.getValue()));
        }
        if (!priorities.getValue().isEmpty()) {
            parameters.put("priority", new TreeSet<>(priorities.getValue()).stream().map(String::valueOf).toList());
        }
        put(parameters, "area", area.getValue());
        put(parameters, "place", place.getValue());
        put(parameters, "spam", spam.getValue());
        if (mine.getValue()) {
            parameters.put("mine", List.of("yes"));
        }
        put(parameters, "q", text.getValue().strip());
        UI.getCurrent().navigate(QueueView.class, new QueryParameters(parameters));
    }

    private QueueFilter filterFromFields() {
        Set<ReportStatus> statuses = switch (status.getValue() == null ? "open" : status.getValue()) {
            case "all" -> EnumSet.noneOf(ReportStatus.class);
            case "open" -> ReportStatus.open();
            default -> EnumSet.of(ReportStatus.valueOf(status.getValue()));
        };
        Boolean spamOnly = switch (spam.getValue() == null ? ANY : spam.getValue()) {
            case "only" -> Boolean.TRUE;
            case "hide" -> Boolean.FALSE;
            default -> null;
        };
        return new QueueFilter(statuses, priorities.getValue(), blankToNull(area.getValue()), blankToNull(place.getValue()),
                mine.getValue() ? authentication.getPrincipalName().orElse("") : null, spamOnly, text.getValue());
    }

    private Span due(QueueRow row) {
        if (row.overdue(clock.instant())) {
            Span overdue = new Span("Overdue since " + Labels.when(row.deadline()));
            overdue.addClassName("overdue");
            return overdue;
        }
        return new Span(Labels.when(row.deadline()));
    }

    private static Div flags(QueueRow row) {
        Div flags = new Div();
        if (row.suspectedSpam()) {
            flags.add(flag("Suspected spam", "flag-spam"));
        }
        if (row.reporterReplied()) {
            flags.add(flag("Reporter replied", "flag-replied"));
        }
        return flags;
    }

    private static Span flag(String text, String className) {
        Span flag = new Span(text);
        flag.addClassNames("flag", className);
        return flag;
    }

    private static void choices(Select<String> select, String label, String id, Map<String, String> names) {
        select.setLabel(label);
        select.setId(id);
        List<String> items = new java.util.ArrayList<>();
        items.add(ANY);
        items.addAll(names.keySet());
        select.setItems(items);
        select.setItemLabelGenerator(value -> value.isEmpty() ? "Any" : names.getOrDefault(value, value));
    }

    private static Map<String, String> names(List<Choice> choices) {
        Map<String, String> names = new LinkedHashMap<>();
        choices.forEach(choice -> names.put(choice.id(), choice.label()));
        return names;
    }

    private static String known(Select<String> select, String value) {
        return select.getListDataView().getItems().anyMatch(value::equals) ? value : ANY;
    }

    private static String first(Map<String, List<String>> parameters, String name, String otherwise) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? otherwise : values.getFirst();
    }

    private static void put(Map<String, List<String>> parameters, String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            parameters.put(name, List.of(value));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
