package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.moderation.QueueFilter;
import org.spotthesigns.moderation.QueueRow;
import org.spotthesigns.moderation.ReportQueue;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.moderation.internal.QueueBroadcaster;
import org.spotthesigns.security.Role;

/**
 * The queue: most urgent first, then soonest due, loaded a page at a time. The filters live in
 * the address, so a view of the queue can be bookmarked or shared with a colleague.
 *
 * <p>On a narrow window (a phone) each report is a card. The cards are a column of the same grid,
 * shown instead of the table's columns, rather than a second list: one lazy data provider, one count,
 * one refresh over push, and the table keeps real columns for screen readers on a wide window.
 */
@Route(QueueView.ROUTE)
@RolesAllowed(Role.MODERATOR_NAME)
class QueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "moderation";
    /** Below this window width (px) the queue lists cards: a phone held upright is 320 to 430. */
    static final int NARROW = 720;

    private static final String ANY = "";

    private final ModerationService moderation;
    private final QueueBroadcaster broadcaster;
    private final AuthenticationContext authentication;
    private final Clock clock;
    private Runnable stopListening = () -> {};
    private final Select<String> status = new Select<>();
    private final CheckboxGroup<Integer> priorities = new CheckboxGroup<>();
    private final Select<String> area = new Select<>();
    private final Select<String> place = new Select<>();
    private final Select<String> language = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final Select<String> spam = new Select<>();
    private final Select<String> attention = new Select<>();
    private final TextField text = new TextField();
    private final Span count = new Span();
    private final Grid<QueueRow> grid = new Grid<>();
    /** The table's columns, for a window wide enough to show them side by side. */
    private final List<Grid.Column<QueueRow>> wide = new ArrayList<>();
    /** One card per report, in the same grid, for a narrow window. */
    private final Grid.Column<QueueRow> card;

    private Registration stopResizing = () -> {};
    private final Map<String, String> areaNames;
    private final Map<String, String> placeNames;
    private final Map<String, String> languageNames;
    private QueueFilter filter = QueueFilter.OPEN;
    private boolean reading;

    QueueView(
            ModerationService moderation,
            QueueBroadcaster broadcaster,
            AuthenticationContext authentication,
            Clock clock) {
        this.moderation = moderation;
        this.authentication = authentication;
        this.broadcaster = broadcaster;
        this.clock = clock;
        addClassName("queue");
        this.areaNames = names(moderation.areas());
        this.placeNames = names(moderation.placeKinds());
        this.languageNames = names(moderation.languages());

        status.setLabel(getTranslation("moderation.queue.filter.status"));
        status.setId("filter-status");
        status.setItems(
                List.of("open", "all", "NEW", "IN_REVIEW", "REFERRED", "NO_FURTHER_ACTION", "DUPLICATE", "SPAM"));
        status.setItemLabelGenerator(value -> switch (value) {
            case "open", "all" -> getTranslation("moderation.queue.filter.status." + value);
            default -> Labels.status(ReportStatus.valueOf(value), this::getTranslation);
        });
        priorities.setLabel(getTranslation("moderation.queue.filter.priority"));
        priorities.setId("filter-priority");
        priorities.setItems(1, 2, 3, 4);
        priorities.setItemLabelGenerator(p -> "P" + p);
        choices(area, getTranslation("moderation.queue.filter.area"), "filter-area", areaNames);
        choices(place, getTranslation("moderation.queue.filter.place"), "filter-place", placeNames);
        choices(language, getTranslation("moderation.queue.filter.language"), "filter-language", languageNames);
        mine.setLabel(getTranslation("moderation.queue.filter.mine"));
        mine.setId("filter-mine");
        spam.setLabel(getTranslation("moderation.queue.filter.spam"));
        spam.setId("filter-spam");
        spam.setItems(ANY, "only", "hide");
        spam.setItemLabelGenerator(
                value -> getTranslation("moderation.queue.filter.spam." + (value.isEmpty() ? "any" : value)));
        attention.setLabel(getTranslation("moderation.queue.filter.attention"));
        attention.setId("filter-attention");
        attention.setItems(ANY, "untriaged", "overdue");
        attention.setItemLabelGenerator(
                value -> getTranslation("moderation.queue.filter.attention." + (value.isEmpty() ? "any" : value)));
        text.setLabel(getTranslation("moderation.queue.filter.text"));
        text.setId("filter-text");
        text.setMaxLength(QueueFilter.TEXT_LIMIT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        List.of(status, area, place, language, spam, attention)
                .forEach(select -> select.addValueChangeListener(e -> filtersChanged()));
        priorities.addValueChangeListener(e -> filtersChanged());
        mine.addValueChangeListener(e -> filtersChanged());
        text.addValueChangeListener(e -> filtersChanged());

        count.setId("queue-count");
        count.getElement().setAttribute("role", "status");
        grid.setId("queue");
        grid.setAriaLabel(getTranslation("moderation.queue.label"));
        // cells wrap rather than clip: a long name under "Claimed by" is read in full
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // facts that belong together share a column, so what was noticed keeps room for two full lines at 1280 px
        wide.add(grid.addComponentColumn(row -> stacked(new PriorityBadge(row.priority()), timeLeft(row)))
                .setHeader(getTranslation("moderation.queue.column.urgency"))
                .setAutoWidth(true)
                .setFlexGrow(0));
        wide.add(grid.addComponentColumn(row -> stacked(
                        reference(row), new Span(Labels.status(row.status(), this::getTranslation)), writtenIn(row)))
                .setHeader(getTranslation("moderation.queue.column.report"))
                .setAutoWidth(true)
                .setFlexGrow(0));
        wide.add(grid.addComponentColumn(row -> stacked(
                        new Span(areaNames.getOrDefault(row.area(), row.area())),
                        new Span(placeNames.getOrDefault(row.placeKind(), row.placeKind()))))
                .setHeader(getTranslation("moderation.queue.column.where"))
                .setWidth("9rem")
                .setFlexGrow(0));
        wide.add(grid.addComponentColumn(this::flags)
                .setHeader(getTranslation("moderation.queue.column.flags"))
                .setWidth("10rem")
                .setFlexGrow(0));
        wide.add(grid.addComponentColumn(QueueView::noticed)
                .setHeader(getTranslation("moderation.queue.column.noticed"))
                .setWidth("20rem")
                .setFlexGrow(1));
        wide.add(grid.addColumn(row -> row.assignedTo() == null ? "" : row.assignedTo())
                .setHeader(getTranslation("moderation.queue.column.claimedBy"))
                .setWidth("9rem")
                .setFlexGrow(0));
        card = grid.addComponentColumn(this::card).setHeader(getTranslation("moderation.queue.label"));
        card.setVisible(false);
        grid.setItems(query -> moderation.queue(filter, query.getPage(), query.getPageSize()).stream(), query ->
                        (int) moderation.count(filter))
                // the grid has just counted the reports: say it, rather than counting them again
                .addItemCountChangeListener(counted -> count.setText(
                        counted.getItemCount() > ReportQueue.COUNTED_UP_TO
                                ? getTranslation("moderation.queue.countMore", ReportQueue.COUNTED_UP_TO)
                                : getTranslation("moderation.queue.count", counted.getItemCount())));

        Div filters = new Div(status, priorities, attention, area, place, language, spam, mine, text);
        filters.addClassName("queue-filters");
        Anchor export = new Anchor(
                download -> {
                    download.setFileName("reports-" + java.time.LocalDate.now(clock) + ".csv");
                    download.setContentType("text/csv; charset=UTF-8");
                    moderation.exportCsv(filter, download.getOutputStream());
                },
                getTranslation("moderation.queue.export"));
        export.setId("export-csv");
        Div summary = new Div(count, new Span(" \u00b7 "), export);
        summary.addClassName("queue-summary");
        add(new H1(getTranslation("moderation.queue.title")), filters, summary, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        reading = true;
        String statusValue = first(parameters, "status", "open");
        status.setValue(status.getListDataView().getItems().anyMatch(statusValue::equals) ? statusValue : "open");
        priorities.setValue(parameters.getOrDefault("priority", List.of()).stream()
                .filter(p -> p.matches("[1-4]"))
                .map(Integer::valueOf)
                .collect(Collectors.toSet()));
        area.setValue(known(area, first(parameters, "area", ANY)));
        place.setValue(known(place, first(parameters, "place", ANY)));
        language.setValue(known(language, first(parameters, "language", ANY)));
        spam.setValue(known(spam, first(parameters, "spam", ANY)));
        attention.setValue(known(attention, first(parameters, "attention", ANY)));
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
                Notification notification = Notification.show(
                        getTranslation("moderation.queue.newP1", change.reference()),
                        10_000,
                        Notification.Position.TOP_END);
                notification.addThemeVariants(NotificationVariant.ERROR);
                notification.setId("new-p1");
            }
        }));
        // the window's width picks the table or the cards: the same grid and its lazy loading either way
        ui.getPage().retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        stopResizing = ui.getPage().addBrowserWindowResizeListener(resized -> fitTo(resized.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopListening.run();
        stopResizing.remove();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.pageTitle");
    }

    private void fitTo(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW;
        if (card.isVisible() != narrow) {
            wide.forEach(column -> column.setVisible(!narrow));
            card.setVisible(narrow);
        }
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
            parameters.put(
                    "priority",
                    new TreeSet<>(priorities.getValue())
                            .stream().map(String::valueOf).toList());
        }
        put(parameters, "area", area.getValue());
        put(parameters, "place", place.getValue());
        put(parameters, "language", language.getValue());
        put(parameters, "spam", spam.getValue());
        put(parameters, "attention", attention.getValue());
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
        return new QueueFilter(
                statuses,
                priorities.getValue(),
                blankToNull(area.getValue()),
                blankToNull(place.getValue()),
                mine.getValue() ? authentication.getPrincipalName().orElse("") : null,
                spamOnly,
                text.getValue(),
                switch (attention.getValue() == null ? ANY : attention.getValue()) {
                    case "untriaged" -> QueueFilter.Attention.UNTRIAGED;
                    case "overdue" -> QueueFilter.Attention.OVERDUE;
                    default -> QueueFilter.Attention.ANY;
                },
                blankToNull(language.getValue()));
    }

    /** Time left in words ("due in 35 min"), with the exact time as a tooltip and for screen readers. */
    private Span timeLeft(QueueRow row) {
        Span timeLeft = new Span();
        timeLeft.addClassName("time-left");
        if (row.deadline() == null || !row.status().isOpen()) {
            return timeLeft;
        }
        String exactly = Labels.exactly(row.deadline(), this::getTranslation);
        Span hidden = new Span(" (" + exactly + ")");
        hidden.addClassName("visually-hidden");
        Span inWords = new Span(Labels.timeLeft(row.deadline(), clock.instant(), this::getTranslation));
        inWords.addClassName("time-left-words");
        timeLeft.add(inWords, hidden);
        timeLeft.setTitle(exactly);
        if (row.overdue(clock.instant())) {
            timeLeft.addClassName("overdue");
        }
        return timeLeft;
    }

    /** Each flag in words, with a shape of its own beside it (portal.css), never colour alone. */
    private Div flags(QueueRow row) {
        Div flags = new Div();
        flags.addClassName("flags");
        for (QueueRow.Flag flag : row.flags(clock.instant())) {
            Span shown = new Span(Labels.flag(flag, this::getTranslation));
            shown.addClassNames(
                    "flag", "flag-" + flag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            flags.add(shown);
        }
        return flags;
    }

    private static Div stacked(Component... lines) {
        Div stacked = new Div(lines);
        stacked.addClassName("stacked");
        return stacked;
    }

    /** "Written in Polish" for a report sent from another language's form; nothing for English, most reports. */
    private Span writtenIn(QueueRow row) {
        Span writtenIn = new Span();
        writtenIn.addClassName("written-in");
        if (!"en".equals(row.language())) {
            writtenIn.setText(getTranslation(
                    "moderation.queue.writtenIn", languageNames.getOrDefault(row.language(), row.language())));
        }
        return writtenIn;
    }

    private static Anchor reference(QueueRow row) {
        Anchor open = new Anchor(ReportView.path(row.reference()), row.reference());
        open.addClassName("reference");
        return open;
    }

    /** What was noticed, from its start: the page shows up to two lines of it and an ellipsis (portal.css). */
    private static Span noticed(QueueRow row) {
        Span noticed = new Span(row.summary());
        noticed.addClassName("noticed");
        return noticed;
    }

    /** A report as a card for a narrow window: the same facts as a row of the table, one under another. */
    private Div card(QueueRow row) {
        Div top = new Div(new PriorityBadge(row.priority()), reference(row), timeLeft(row));
        top.addClassName("queue-card-top");
        Span facts = new Span(Labels.status(row.status(), this::getTranslation) + " \u00b7 "
                + areaNames.getOrDefault(row.area(), row.area()) + " \u00b7 "
                + placeNames.getOrDefault(row.placeKind(), row.placeKind()));
        Span claimed = new Span(
                row.assignedTo() == null
                        ? getTranslation("moderation.queue.card.unclaimed")
                        : getTranslation("moderation.queue.card.claimedBy", row.assignedTo()));
        Div card = new Div(top, flags(row), noticed(row), facts, writtenIn(row), claimed);
        card.addClassName("queue-card");
        return card;
    }

    private static void choices(Select<String> select, String label, String id, Map<String, String> names) {
        select.setLabel(label);
        select.setId(id);
        List<String> items = new java.util.ArrayList<>();
        items.add(ANY);
        items.addAll(names.keySet());
        select.setItems(items);
        select.setItemLabelGenerator(value -> value.isEmpty()
                ? select.getTranslation("moderation.queue.filter.any")
                : names.getOrDefault(value, value));
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
