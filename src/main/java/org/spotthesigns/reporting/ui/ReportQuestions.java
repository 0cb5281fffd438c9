package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.guidance.Signpost;
import org.spotthesigns.reporting.PostcodeDistrict;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.ReportRules;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.shared.LanguageAddresses;

/**
 * The fields of one step. Each writes its answer into the draft as soon as it changes, and each
 * is registered under the name {@link ReportRules} uses, so a problem can be shown at its field.
 * Text fields have no hard length cap: a paste that is too long stays whole on screen and the
 * rules say by how much to shorten it.
 */
final class ReportQuestions extends Div {

    private final ReportDraft draft;
    private final GuidanceService guidance;
    private final Locale locale;
    /** Today where the portal serves, for the quick choices of a date. */
    private final LocalDate today;

    private final Map<String, HasValidation> fields = new HashMap<>();
    // set with the details step, whose rows are its only readers
    private List<Button> addButtons = List.of();

    ReportQuestions(ReportStep step, ReportDraft draft, GuidanceService guidance, Locale locale, LocalDate today) {
        this.draft = draft;
        this.today = today;
        this.guidance = guidance;
        this.locale = locale;
        addClassName("questions");
        switch (step) {
            case DANGER -> danger();
            case WHO -> who();
            case WHAT -> what();
            case WHERE -> where();
            case WHEN -> when();
            case DETAILS -> details();
            case ABOUT_YOU -> aboutYou();
        }
    }

    /** Whether these fields write into the given draft, rather than one already sent from another tab. */
    boolean writesTo(ReportDraft current) {
        return draft == current;
    }

    Optional<HasValidation> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /**
     * The first question, with the right place first (decision record 0025): once someone is in
     * danger, the signposts for that (999) show under the answer; the other cases another service
     * deals with faster are one line under the question from the start, opened with a tap.
     */
    private void danger() {
        List<Signpost> signposts = guidance.signposts(locale);
        Div call = new Div();
        signposts.stream()
                .filter(signpost -> signpost.firstStep() == Signpost.FirstStep.WHEN_IN_DANGER)
                .forEach(signpost -> call.add(Signposts.one(signpost)));
        call.addClassName("warning-panel");
        call.setId("call-999");
        RadioButtonGroup<Answer> danger =
                radios("dangerNow", "report.answer.", Answer.values(), draft::getDangerNow, answer -> {
                    draft.setDangerNow(answer);
                    call.setVisible(answer == Answer.YES);
                });
        call.setVisible(draft.getDangerNow() == Answer.YES);
        namedByHeading(danger);
        add(danger, call);
        List<Signpost> always = signposts.stream()
                .filter(signpost -> signpost.firstStep() == Signpost.FirstStep.ALWAYS)
                .toList();
        if (!always.isEmpty()) {
            // one line until opened, so the question and Continue stay near the top of a phone's screen
            Details elsewhere = new Details(getTranslation("report.danger.elsewhere"), Signposts.list(always));
            elsewhere.setId("elsewhere");
            elsewhere.addClassName("elsewhere");
            add(elsewhere);
        }
    }

    private void who() {
        boolean myself = draft.getConcernFor() == ConcernFor.MYSELF;
        Div help = helpForYoungPeople();
        RadioButtonGroup<AgeBand> age =
                radios("ageBand", "report.ageBand.", AgeBand.values(), draft::getAgeBand, draft::setAgeBand);
        age.setLabel(getTranslation(myself ? "report.field.ageBand.myself" : "report.field.ageBand"));
        RadioButtonGroup<ConcernFor> concern =
                radios("concernFor", "report.concernFor.", ConcernFor.values(), draft::getConcernFor, choice -> {
                    draft.setConcernFor(choice);
                    boolean aboutMyself = choice == ConcernFor.MYSELF;
                    help.setVisible(aboutMyself);
                    age.setLabel(getTranslation(aboutMyself ? "report.field.ageBand.myself" : "report.field.ageBand"));
                });
        help.setVisible(myself);
        namedByHeading(concern);
        add(concern, help, age);
    }

    /** "Myself": a young person asking for help is offered the help pages, not only a form. */
    private Div helpForYoungPeople() {
        UnorderedList pages = new UnorderedList();
        for (GuidancePage page : guidance.helpPages(locale)) {
            pages.add(new ListItem(new Anchor(LanguageAddresses.here(page.path()), page.title())));
        }
        Div help = new Div(new Paragraph(getTranslation("report.myself.help")), pages);
        help.addClassName("info-panel");
        help.setId("help-for-myself");
        return help;
    }

    private void what() {
        CheckboxGroup<String> signs = new CheckboxGroup<>(getTranslation("report.field.signs"));
        signs.setId("signs");
        signs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL, CheckboxGroupVariant.HELPER_ABOVE);
        Map<String, String> titles = new HashMap<>();
        guidance.signs(locale).forEach(sign -> titles.put(sign.id(), sign.title()));
        signs.setItems(guidance.signs(locale).stream().map(GuidancePage::id).toList());
        signs.setItemLabelGenerator(id -> titles.getOrDefault(id, id));
        signs.setValue(new LinkedHashSet<>(draft.getSigns()));
        signs.addValueChangeListener(change -> draft.setSigns(change.getValue()));
        fields.put("signs", signs);
        boolean myself = draft.getConcernFor() == ConcernFor.MYSELF;
        TextArea noticed = text(
                new TextArea(),
                "noticed",
                myself ? "report.field.noticed.myself" : "report.field.noticed",
                ReportRules.NOTICED_LIMIT,
                draft::getNoticed,
                draft::setNoticed);
        noticed.setHelperText(getTranslation("report.field.noticed.hint", ReportRules.NOTICED_LIMIT));
        add(signs, noticed);
    }

    /**
     * The kind of place, the town or village (or a journey's start and end), the first part of a
     * postcode, and the place in words. Towns are found with a search box (decision record 0022):
     * typing filters the list, and what matches no town stays typed for the rules to name.
     */
    private void where() {
        RadioButtonGroup<String> place =
                choices("placeKind", guidance.placeKinds(locale), draft::getPlaceKind, draft::setPlaceKind);
        List<Choice> towns = guidance.towns(locale);
        ComboBox<String> from = townSearch("town", towns, draft::getTown, draft::setTown);
        ComboBox<String> to = townSearch("journeyTo", towns, draft::getJourneyTo, draft::setJourneyTo);
        to.setLabel(getTranslation("report.field.journeyTo"));
        Checkbox journey = new Checkbox(getTranslation("report.field.journey.choice"));
        journey.setId("journey");
        journey.setValue(draft.isJourney());
        Runnable showJourney = () -> {
            from.setLabel(getTranslation(draft.isJourney() ? "report.field.town.from" : "report.field.town"));
            to.setVisible(draft.isJourney());
        };
        journey.addValueChangeListener(change -> {
            draft.setJourney(change.getValue());
            showJourney.run();
        });
        showJourney.run();
        Div journeyFields = new Div(journey, from, to);
        journeyFields.addClassName("journey-fields");
        TextField postcode = postcodeDistrict();
        TextArea location = text(
                new TextArea(),
                "location",
                "report.field.location",
                ReportRules.LOCATION_LIMIT,
                draft::getLocation,
                draft::setLocation);
        add(place, journeyFields, postcode, location);
    }

    /**
     * A search over the towns and villages. Typing filters the list by the start of any word of a
     * name ("lough" finds Loughborough), names that start with the typed words first. Text that
     * matches no name is kept as typed, so the rules can say so on this field.
     */
    private ComboBox<String> townSearch(
            String name, List<Choice> towns, Supplier<@Nullable String> current, Consumer<@Nullable String> update) {
        ComboBox<String> search = new ComboBox<>(getTranslation("report.field.town"));
        search.setId(name);
        Map<String, String> labels = new LinkedHashMap<>();
        towns.forEach(town -> labels.put(town.id(), town.label()));
        search.setItems(
                query -> TownSearch.matches(labels, query.getFilter().orElse("")).stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()),
                query ->
                        TownSearch.matches(labels, query.getFilter().orElse("")).size());
        search.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
        search.setAllowCustomValue(true);
        search.setClearButtonVisible(true);
        search.setHelperText(getTranslation("report.field.town.hint"));
        search.setRequiredIndicatorVisible(true);
        search.setValue(current.get());
        search.addValueChangeListener(change -> update.accept(change.getValue()));
        search.addCustomValueSetListener(typed -> {
            String chosen = TownSearch.exact(labels, typed.getDetail()).orElse(typed.getDetail());
            search.setValue(chosen);
        });
        // a shared phone must not offer the last person's places
        search.getElement().setAttribute("autocomplete", "off");
        fields.put(name, search);
        return search;
    }

    /**
     * The first part of a postcode. A whole postcode is cut to its first part as soon as it is
     * typed, and the note by the field says what was kept and why; the rest is never kept.
     */
    private TextField postcodeDistrict() {
        TextField postcode = new TextField(getTranslation("report.field.postcodeDistrict"));
        postcode.setId("postcodeDistrict");
        postcode.setValue(draft.getPostcodeDistrict());
        postcode.setHelperText(getTranslation("report.field.postcodeDistrict.hint"));
        postcode.setAutocapitalize(Autocapitalize.CHARACTERS);
        postcode.setAutocomplete(Autocomplete.OFF);
        postcode.setAutocorrect(false);
        postcode.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        postcode.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            Optional<String> district = PostcodeDistrict.cut(change.getValue());
            draft.setPostcodeDistrict(change.getValue());
            if (district.isPresent()) {
                postcode.setValue(district.get());
                postcode.setHelperText(getTranslation("report.postcodeDistrict.cut", district.get()));
            } else {
                postcode.setHelperText(getTranslation("report.field.postcodeDistrict.hint"));
            }
        });
        fields.put("postcodeDistrict", postcode);
        return postcode;
    }

    private void when() {
        DateInput seenOn = new DateInput(
                "seenOn",
                getTranslation("report.field.seenOn"),
                getTranslation("report.field.seenOn.hint"),
                Map.of(
                        DateInput.Part.DAY, getTranslation("report.field.seenOn.day"),
                        DateInput.Part.MONTH, getTranslation("report.field.seenOn.month"),
                        DateInput.Part.YEAR, getTranslation("report.field.seenOn.year")),
                List.of(
                        new DateInput.QuickChoice("seenOn-today", getTranslation("report.seenOn.today"), today),
                        new DateInput.QuickChoice(
                                "seenOn-yesterday", getTranslation("report.seenOn.yesterday"), today.minusDays(1))),
                draft::getSeenOnTyped,
                draft::setSeenOnTyped);
        fields.put("seenOn", seenOn);
        fields.put("seenOn.day", seenOn.part(DateInput.Part.DAY));
        fields.put("seenOn.month", seenOn.part(DateInput.Part.MONTH));
        fields.put("seenOn.year", seenOn.part(DateInput.Part.YEAR));
        Div seenAt = timeOfDay();
        RadioButtonGroup<Answer> still = radios(
                "stillHappening",
                "report.answer.",
                Answer.values(),
                draft::getStillHappening,
                draft::setStillHappening);
        RadioButtonGroup<Answer> before = radios(
                "happenedBefore",
                "report.answer.",
                Answer.values(),
                draft::getHappenedBefore,
                draft::setHappenedBefore);
        add(seenOn, seenAt, still, before);
    }

    /**
     * The optional time, as the browser's own time input: a phone shows its time wheel or dial
     * rather than a list to scroll, and a keyboard types the hours and minutes. The browser gives
     * the time only when it is whole, so a half-typed time is no answer.
     */
    private Div timeOfDay() {
        Element input = new Element("input");
        input.setAttribute("type", "time");
        input.setAttribute("id", "seenAt");
        input.setAttribute("autocomplete", "off");
        input.getClassList().add("time-input");
        LocalTime kept = draft.getSeenAt();
        input.setProperty("value", kept == null ? "" : kept.format(DateTimeFormatter.ofPattern("HH:mm")));
        input.addPropertyChangeListener("value", "change", change -> {
            try {
                String value = change.getValue() == null ? "" : String.valueOf(change.getValue());
                draft.setSeenAt(value.isBlank() ? null : LocalTime.parse(value));
            } catch (DateTimeParseException notATime) {
                draft.setSeenAt(null);
            }
        });
        NativeLabel label = new NativeLabel(getTranslation("report.field.seenAt.optional"));
        label.setFor("seenAt");
        Div field = new Div(label);
        field.getElement().appendChild(input);
        field.addClassName("time-field");
        return field;
    }

    /**
     * One row per detail, its fields stacked. A vehicle and a booking each have their own add
     * button and their own fields, named as a taxi driver would look for them; phone numbers,
     * nicknames and social media names share a row with a choice of kind.
     */
    private void details() {
        Paragraph intro = new Paragraph(getTranslation("report.details.intro"));
        Div rows = new Div();
        rows.addClassName("detail-rows");
        rows.setId("details");
        Button vehicle = addButton("add-vehicle", "report.details.add.vehicle", rows, Detail.vehicle("", "", ""));
        Button booking = addButton("add-booking", "report.details.add.booking", rows, Detail.booking("", ""));
        Button other = addButton("add-detail", "report.details.add", rows, new Detail(DetailKind.PHONE_NUMBER, ""));
        addButtons = List.of(vehicle, booking, other);
        Div actions = new Div(vehicle, booking, other);
        actions.addClassName("detail-actions");
        add(intro, rows, actions);
        showDetailRows(rows, -1);
    }

    private Button addButton(String id, String labelKey, Div rows, Detail blank) {
        Button add = new Button(getTranslation(labelKey));
        add.setId(id);
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(click -> {
            List<Detail> details = new ArrayList<>(draft.getDetails());
            details.add(blank);
            draft.setDetails(details);
            showDetailRows(rows, details.size() - 1);
        });
        return add;
    }

    private void showDetailRows(Div rows, int focusRow) {
        rows.removeAll();
        fields.keySet().removeIf(name -> name.startsWith("details."));
        List<Detail> details = draft.getDetails();
        if (details.isEmpty()) {
            rows.add(new Paragraph(getTranslation("report.details.none")));
        }
        Map<String, Integer> counted = new HashMap<>();
        for (int i = 0; i < details.size(); i++) {
            int row = i;
            Detail detail = details.get(row);
            String kind = detail.kind().isVehicle() ? "vehicle" : detail.kind().isBooking() ? "booking" : "other";
            int number = counted.merge(kind, 1, Integer::sum);
            Component first;
            Component line;
            if (detail.kind().isVehicle()) {
                TextField registration =
                        part(row, "", getTranslation("report.field.registration"), ReportRules.REGISTRATION_LIMIT);
                registration.setValue(detail.value());
                capitals(registration);
                registration.addValueChangeListener(
                        change -> updateDetail(row, d -> Detail.vehicle(change.getValue(), d.colour(), d.make())));
                TextField colour =
                        part(row, ".colour", getTranslation("report.field.colour"), ReportRules.COLOUR_LIMIT);
                colour.setValue(detail.colour());
                colour.addValueChangeListener(
                        change -> updateDetail(row, d -> Detail.vehicle(d.value(), change.getValue(), d.make())));
                TextField make = part(row, ".make", getTranslation("report.field.make"), ReportRules.MAKE_LIMIT);
                make.setHelperText(getTranslation("report.field.make.hint", ReportRules.MAKE_LIMIT));
                make.setValue(detail.make());
                make.addValueChangeListener(
                        change -> updateDetail(row, d -> Detail.vehicle(d.value(), d.colour(), change.getValue())));
                Paragraph hint = new Paragraph(getTranslation("report.details.vehicle.hint"));
                hint.addClassName("hint");
                first = registration;
                line = group(
                        getTranslation("report.details.vehicle", number),
                        hint,
                        registration,
                        colour,
                        make,
                        removeButton(rows, row, "report.details.remove.vehicle", number));
            } else if (detail.kind().isBooking()) {
                TextField bookingNumber =
                        part(row, "", getTranslation("report.field.bookingNumber"), ReportRules.BOOKING_LIMIT);
                bookingNumber.setValue(detail.value());
                capitals(bookingNumber);
                bookingNumber.addValueChangeListener(
                        change -> updateDetail(row, d -> Detail.booking(change.getValue(), d.firm())));
                TextField firm = part(row, ".firm", getTranslation("report.field.firm"), ReportRules.FIRM_LIMIT);
                firm.setValue(detail.firm());
                firm.addValueChangeListener(
                        change -> updateDetail(row, d -> Detail.booking(d.value(), change.getValue())));
                first = bookingNumber;
                line = group(
                        getTranslation("report.details.booking", number),
                        bookingNumber,
                        firm,
                        removeButton(rows, row, "report.details.remove.booking", number));
            } else {
                Select<DetailKind> kindChoice = new Select<>();
                kindChoice.setLabel(getTranslation("report.field.detailKind", number));
                kindChoice.setId("detail-kind-" + row);
                kindChoice.setItems(DetailKind.PHONE_NUMBER, DetailKind.NICKNAME, DetailKind.SOCIAL_MEDIA);
                kindChoice.setItemLabelGenerator(value -> getTranslation("report.detailKind." + value.name()));
                kindChoice.setValue(detail.kind());
                TextField value =
                        part(row, "", getTranslation("report.field.detailValue", number), ReportRules.DETAIL_LIMIT);
                value.setValue(detail.value());
                kindChoice.addValueChangeListener(
                        change -> updateDetail(row, d -> new Detail(change.getValue(), d.value())));
                value.addValueChangeListener(change -> updateDetail(row, d -> new Detail(d.kind(), change.getValue())));
                first = kindChoice;
                line = new Div(kindChoice, value, removeButton(rows, row, "report.details.remove", number));
            }
            line.addClassName("detail-row");
            rows.add(line);
            if (row == focusRow) {
                ((com.vaadin.flow.component.Focusable<?>) first).focus();
            }
        }
        addButtons.forEach(add -> add.setEnabled(details.size() < ReportRules.DETAILS_MAX));
    }

    /** A text field of a detail row, registered under the name the rules use for it: details.2.colour. */
    private TextField part(int row, String suffix, String label, int limit) {
        TextField field = new TextField(label);
        field.setId("detail-" + (suffix.isEmpty() ? "value" : suffix.substring(1)) + "-" + row);
        field.setHelperText(getTranslation("report.limit", limit));
        fields.put("details." + row + suffix, field);
        return field;
    }

    /** Plates and booking numbers are written in capitals, and are not words to correct. */
    private static void capitals(TextField field) {
        field.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        field.setAutocorrect(false);
    }

    /** The fields of one vehicle or booking under its name, read out with each of them. */
    private static FieldSet group(String legend, Component... content) {
        FieldSet group = new FieldSet(legend);
        group.add(content);
        return group;
    }

    private Button removeButton(Div rows, int row, String labelKey, int number) {
        Button remove = new Button(getTranslation(labelKey, number), click -> {
            List<Detail> kept = new ArrayList<>(draft.getDetails());
            kept.remove(row);
            draft.setDetails(kept);
            showDetailRows(rows, -1);
            addButtons.get(0).focus();
        });
        remove.setId("remove-detail-" + row);
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        return remove;
    }

    private void updateDetail(int row, java.util.function.UnaryOperator<Detail> change) {
        List<Detail> details = new ArrayList<>(draft.getDetails());
        details.set(row, change.apply(details.get(row)));
        draft.setDetails(details);
    }

    private void aboutYou() {
        Div contact = new Div();
        contact.addClassName("contact-fields");
        RadioButtonGroup<Boolean> contactMe = new RadioButtonGroup<>(getTranslation("report.field.contactMe"));
        contactMe.setId("contactMe");
        contactMe.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.HELPER_ABOVE);
        contactMe.setItems(false, true);
        contactMe.setItemLabelGenerator(yes -> getTranslation(yes ? "report.contact.yes" : "report.contact.no"));
        contactMe.setValue(draft.isContactMe());
        contactMe.addValueChangeListener(change -> {
            draft.setContactMe(Boolean.TRUE.equals(change.getValue()));
            contact.setVisible(draft.isContactMe());
        });
        contact.add(
                text(
                        new TextField(),
                        "contactName",
                        "report.field.contactName",
                        ReportRules.NAME_LIMIT,
                        draft::getContactName,
                        draft::setContactName),
                text(
                        new TextField(),
                        "contactPhone",
                        "report.field.contactPhone",
                        ReportRules.PHONE_LIMIT,
                        draft::getContactPhone,
                        draft::setContactPhone),
                text(
                        new TextField(),
                        "contactEmail",
                        "report.field.contactEmail",
                        ReportRules.EMAIL_LIMIT,
                        draft::getContactEmail,
                        draft::setContactEmail),
                text(
                        new TextArea(),
                        "contactNotes",
                        "report.field.contactNotes",
                        ReportRules.CONTACT_NOTES_LIMIT,
                        draft::getContactNotes,
                        draft::setContactNotes));
        contact.setVisible(draft.isContactMe());
        // a shared phone must not offer these details to the next person who opens a form
        contact.getChildren().forEach(field -> field.getElement().setAttribute("autocomplete", "off"));
        add(new Paragraph(getTranslation("report.contact.why")), contactMe, contact, honeypot());
    }

    /**
     * A field no person sees or reaches by keyboard; programs that fill in every field fill this
     * one too. What is typed into it is recorded as a spam signal, never a reason to drop a report.
     */
    private Div honeypot() {
        Element input = new Element("input");
        input.setAttribute("type", "text");
        input.setAttribute("name", "website");
        input.setAttribute("id", "website");
        input.setAttribute("tabindex", "-1");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("aria-label", getTranslation("report.field.website"));
        input.setProperty("value", draft.getWebsite());
        input.addPropertyChangeListener(
                "value", "change", change -> draft.setWebsite(String.valueOf(change.getValue())));
        Div trap = new Div();
        trap.getElement().appendChild(input);
        trap.addClassName("honeypot");
        trap.getElement().setAttribute("aria-hidden", "true");
        return trap;
    }

    /**
     * The page asks this one question, so its heading is the question (GOV.UK's pattern for a
     * question page): the group shows no label of its own, which would say it twice, and takes
     * its name from the heading.
     */
    private static void namedByHeading(RadioButtonGroup<?> group) {
        group.setLabel(null);
        group.setAriaLabelledBy(ReportStepView.HEADING);
    }

    private <T extends Enum<T>> RadioButtonGroup<T> radios(
            String name, String labelPrefix, T[] values, Supplier<T> current, Consumer<T> update) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(getTranslation("report.field." + name));
        group.setId(name);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.HELPER_ABOVE);
        group.setItems(values);
        group.setItemLabelGenerator(value -> getTranslation(labelPrefix + value.name()));
        group.setValue(current.get());
        group.setRequiredIndicatorVisible(true);
        group.addValueChangeListener(change -> update.accept(change.getValue()));
        fields.put(name, group);
        return group;
    }

    /** Radios rather than a drop-down: every choice in view, nothing to open, the same marking as other questions. */
    private RadioButtonGroup<String> choices(
            String name, List<Choice> options, Supplier<String> current, Consumer<String> update) {
        RadioButtonGroup<String> select = new RadioButtonGroup<>(getTranslation("report.field." + name));
        select.setId(name);
        select.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.HELPER_ABOVE);
        Map<String, String> labels = new HashMap<>();
        options.forEach(option -> labels.put(option.id(), option.label()));
        select.setItems(options.stream().map(Choice::id).toList());
        select.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
        select.setValue(current.get());
        select.setRequiredIndicatorVisible(true);
        select.addValueChangeListener(change -> update.accept(change.getValue()));
        fields.put(name, select);
        return select;
    }

    private <F extends TextFieldBase<F, String>> F text(
            F field, String name, String labelKey, int limit, Supplier<String> current, Consumer<String> update) {
        field.setLabel(getTranslation(labelKey));
        field.setId(name);
        field.setValue(current.get());
        field.setHelperText(getTranslation("report.limit", limit));
        // GOV.UK's hint: under the label, before the box (linked to it by aria-describedby)
        field.getElement().getThemeList().add("helper-above-field");
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(change -> update.accept(change.getValue()));
        fields.put(name, field);
        return field;
    }
}
