package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.guidance.Signpost;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.ReportRules;
import org.spotthesigns.reporting.ReportStep;

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
    private final Map<String, HasValidation> fields = new HashMap<>();
    // set with the details step, whose remove buttons are its only readers
    @SuppressWarnings("NullAway.Init")
    private Button addDetail;

    ReportQuestions(ReportStep step, ReportDraft draft, GuidanceService guidance, Locale locale) {
        this.draft = draft;
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
        add(concern, help, age);
    }

    /** "Myself": a young person asking for help is offered the help pages, not only a form. */
    private Div helpForYoungPeople() {
        UnorderedList pages = new UnorderedList();
        for (GuidancePage page : guidance.helpPages(locale)) {
            pages.add(new ListItem(new Anchor(page.path(), page.title())));
        }
        Div help = new Div(new Paragraph(getTranslation("report.myself.help")), pages);
        help.addClassName("info-panel");
        help.setId("help-for-myself");
        return help;
    }

    private void what() {
        CheckboxGroup<String> signs = new CheckboxGroup<>(getTranslation("report.field.signs"));
        signs.setId("signs");
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

    private void where() {
        RadioButtonGroup<String> place =
                choices("placeKind", guidance.placeKinds(locale), draft::getPlaceKind, draft::setPlaceKind);
        RadioButtonGroup<String> area = choices("area", guidance.areas(locale), draft::getArea, draft::setArea);
        TextArea location = text(
                new TextArea(),
                "location",
                "report.field.location",
                ReportRules.LOCATION_LIMIT,
                draft::getLocation,
                draft::setLocation);
        add(place, area, location);
    }

    private void when() {
        DatePicker seenOn = new DatePicker(getTranslation("report.field.seenOn"));
        seenOn.setId("seenOn");
        seenOn.setLocale(locale);
        seenOn.setValue(draft.getSeenOn());
        seenOn.addValueChangeListener(change -> draft.setSeenOn(change.getValue()));
        fields.put("seenOn", seenOn);
        TimePicker seenAt = new TimePicker(getTranslation("report.field.seenAt.optional"));
        seenAt.setId("seenAt");
        seenAt.setLocale(locale);
        seenAt.setValue(draft.getSeenAt());
        seenAt.addValueChangeListener(change -> draft.setSeenAt(change.getValue()));
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

    private void details() {
        Paragraph intro = new Paragraph(getTranslation("report.details.intro"));
        Div rows = new Div();
        rows.addClassName("detail-rows");
        rows.setId("details");
        Button add = new Button(getTranslation("report.details.add"));
        add.setId("add-detail");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(click -> {
            List<Detail> details = new ArrayList<>(draft.getDetails());
            details.add(new Detail(DetailKind.VEHICLE_REGISTRATION, ""));
            draft.setDetails(details);
            showDetailRows(rows, details.size() - 1);
            add.setEnabled(details.size() < ReportRules.DETAILS_MAX);
        });
        add.setEnabled(draft.getDetails().size() < ReportRules.DETAILS_MAX);
        addDetail = add;
        add(intro, rows, add);
        showDetailRows(rows, -1);
    }

    private void showDetailRows(Div rows, int focusRow) {
        rows.removeAll();
        fields.keySet().removeIf(name -> name.startsWith("details."));
        List<Detail> details = draft.getDetails();
        if (details.isEmpty()) {
            rows.add(new Paragraph(getTranslation("report.details.none")));
        }
        for (int i = 0; i < details.size(); i++) {
            int row = i;
            int number = row + 1;
            Select<DetailKind> kind = new Select<>();
            kind.setLabel(getTranslation("report.field.detailKind", number));
            kind.setId("detail-kind-" + row);
            kind.setItems(DetailKind.values());
            kind.setItemLabelGenerator(value -> getTranslation("report.detailKind." + value.name()));
            kind.setValue(details.get(row).kind());
            TextField value = new TextField(getTranslation("report.field.detailValue", number));
            value.setId("detail-value-" + row);
            value.setValue(details.get(row).value());
            value.setHelperText(getTranslation("report.limit", ReportRules.DETAIL_LIMIT));
            kind.addValueChangeListener(change -> replaceDetail(row, new Detail(change.getValue(), value.getValue())));
            value.addValueChangeListener(change -> replaceDetail(row, new Detail(kind.getValue(), change.getValue())));
            Button remove = new Button(getTranslation("report.details.remove", number), click -> {
                List<Detail> kept = new ArrayList<>(draft.getDetails());
                kept.remove(row);
                draft.setDetails(kept);
                showDetailRows(rows, -1);
                addDetail.setEnabled(true);
                addDetail.focus();
            });
            remove.setId("remove-detail-" + row);
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            Div line = new Div(kind, value, remove);
            line.addClassName("detail-row");
            rows.add(line);
            fields.put("details." + row, value);
            if (row == focusRow) {
                kind.focus();
            }
        }
    }

    private void replaceDetail(int row, Detail detail) {
        List<Detail> details = new ArrayList<>(draft.getDetails());
        details.set(row, detail);
        draft.setDetails(details);
    }

    private void aboutYou() {
        Div contact = new Div();
        contact.addClassName("contact-fields");
        RadioButtonGroup<Boolean> contactMe = new RadioButtonGroup<>(getTranslation("report.field.contactMe"));
        contactMe.setId("contactMe");
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

    private <T extends Enum<T>> RadioButtonGroup<T> radios(
            String name, String labelPrefix, T[] values, Supplier<T> current, Consumer<T> update) {
        RadioButtonGroup<T> group = new RadioButtonGroup<>(getTranslation("report.field." + name));
        group.setId(name);
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
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(change -> update.accept(change.getValue()));
        fields.put(name, field);
        return field;
    }
}
