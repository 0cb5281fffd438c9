package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.spotthesigns.reporting.DayMonthYear;

/**
 * GOV.UK's date input: Day, Month and Year boxes in one fieldset, the question as its legend and
 * the hint under it, with quick choices that fill the boxes in. The boxes are plain inputs, as
 * Vaadin's text field cannot ask a phone for its number keyboard ({@code inputmode="numeric"});
 * what is typed is kept as typed. A problem shows once, above the boxes, and marks the box to
 * correct, or all three when it is the whole date's.
 */
final class DateInput extends FieldSet implements HasValidation {

    /** A button that fills the boxes in with a date, such as "Today". */
    record QuickChoice(String id, String label, LocalDate date) {}

    enum Part {
        DAY,
        MONTH,
        YEAR
    }

    private final String id;
    private final Paragraph error = new Paragraph();
    private final Span errorText = new Span();
    private final Box day;
    private final Box month;
    private final Box year;
    private final List<Box> boxes;
    private final Supplier<DayMonthYear> current;
    private final Consumer<DayMonthYear> update;
    private boolean wholeInvalid;

    DateInput(
            String id,
            String legend,
            String hint,
            Map<Part, String> labels,
            List<QuickChoice> quickChoices,
            Supplier<DayMonthYear> current,
            Consumer<DayMonthYear> update) {
        super(legend);
        this.id = id;
        this.current = current;
        this.update = update;
        setId(id);
        addClassName("date-group");
        getLegend().addClassName("date-legend");
        Div hintText = new Div(hint);
        hintText.addClassName("hint");
        hintText.setId(id + "-hint");
        Span prefix = new Span(getTranslation("report.error.prefix"));
        prefix.addClassName("visually-hidden");
        error.add(prefix, errorText);
        error.addClassName("error-message");
        error.setId(id + "-error");
        error.setVisible(false);
        day = new Box(Part.DAY, id + "-day", "width-2");
        month = new Box(Part.MONTH, id + "-month", "width-2");
        year = new Box(Part.YEAR, id + "-year", "width-4");
        boxes = List.of(day, month, year);
        Div quick = new Div();
        quick.addClassName("quick-dates");
        for (QuickChoice quickChoice : quickChoices) {
            Button choice = new Button(quickChoice.label(), click -> fill(quickChoice.date()));
            choice.setId(quickChoice.id());
            choice.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            quick.add(choice);
        }
        Div items = new Div();
        items.addClassName("date-input");
        for (Box box : boxes) {
            NativeLabel label = new NativeLabel(Objects.requireNonNull(labels.get(box.part)));
            label.setFor(box.getId().orElseThrow());
            Div item = new Div(label, box);
            item.addClassName("date-input-item");
            items.add(item);
        }
        getElement().setAttribute("aria-describedby", hintText.getId().orElseThrow());
        // after the legend, which the fieldset already holds
        add(hintText, error, quick, items);
        show(current.get());
    }

    /** The box of one part, registered as a field so a problem with it is shown at it. */
    HasValidation part(Part part) {
        return switch (part) {
            case DAY -> day;
            case MONTH -> month;
            case YEAR -> year;
        };
    }

    private void fill(LocalDate date) {
        DayMonthYear typed = DayMonthYear.of(date);
        update.accept(typed);
        show(typed);
        clearErrors();
    }

    private void show(DayMonthYear typed) {
        day.getElement().setProperty("value", typed.day());
        month.getElement().setProperty("value", typed.month());
        year.getElement().setProperty("value", typed.year());
    }

    private void typed(Part part, String value) {
        DayMonthYear was = current.get();
        update.accept(new DayMonthYear(
                part == Part.DAY ? value : was.day(),
                part == Part.MONTH ? value : was.month(),
                part == Part.YEAR ? value : was.year()));
    }

    private void clearErrors() {
        wholeInvalid = false;
        boxes.forEach(box -> box.mark(false));
        refresh();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        errorText.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorText.getText();
    }

    /** The whole date is wrong (none given, or one still to come): all three boxes are marked. */
    @Override
    public void setInvalid(boolean invalid) {
        wholeInvalid = invalid;
        boxes.forEach(box -> box.mark(invalid));
        refresh();
    }

    @Override
    public boolean isInvalid() {
        return wholeInvalid || boxes.stream().anyMatch(Box::isInvalid);
    }

    private void refresh() {
        boolean shown = isInvalid();
        error.setVisible(shown);
        getElement().setAttribute("aria-describedby", shown ? id + "-hint " + id + "-error" : id + "-hint");
        getElement().getClassList().set("date-group-error", shown);
    }

    /** One box: a plain text input that brings up the number keyboard. */
    @Tag("input")
    private final class Box extends Component implements HasValidation {

        private final Part part;
        private boolean invalid;

        Box(Part part, String boxId, String width) {
            this.part = part;
            setId(boxId);
            getElement().setAttribute("type", "text");
            getElement().setAttribute("inputmode", "numeric");
            getElement().setAttribute("autocomplete", "off");
            getElement().setAttribute("spellcheck", "false");
            getElement().getClassList().add("date-input-box");
            getElement().getClassList().add(width);
            getElement().addPropertyChangeListener("value", "change", change -> {
                Object value = change.getValue();
                typed(part, value == null ? "" : String.valueOf(value));
            });
        }

        /** What the box holds, as the server last heard it. */
        boolean blank() {
            return getElement().getProperty("value", "").isBlank();
        }

        void mark(boolean wrong) {
            invalid = wrong;
            getElement().getClassList().set("invalid", wrong);
            if (wrong) {
                getElement().setAttribute("aria-invalid", "true");
            } else {
                getElement().removeAttribute("aria-invalid");
            }
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            DateInput.this.setErrorMessage(errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return DateInput.this.getErrorMessage();
        }

        /**
         * This box is wrong. A missing part is named in the message, and any other box left
         * empty is part of the same problem, so it is marked too.
         */
        @Override
        public void setInvalid(boolean wrong) {
            mark(wrong);
            if (wrong) {
                boxes.stream().filter(Box::blank).forEach(box -> box.mark(true));
            }
            refresh();
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }
}
