package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.shared.PlainText;

/**
 * "Check your answers": every answer as text, each with a link back to its step. Free text is
 * shown cleaned, exactly as it will be stored, and only ever as text.
 */
final class CheckAnswers extends Div {

    private final DescriptionList list = new DescriptionList();

    CheckAnswers(ReportDraft draft, GuidanceService guidance, Locale locale) {
        addClassName("check-answers");
        Map<String, String> signTitles = new HashMap<>();
        guidance.signs(locale).forEach(sign -> signTitles.put(sign.id(), sign.title()));

        row(ReportStep.DANGER, "report.field.dangerNow", answer("report.answer.", draft.getDangerNow()));
        row(ReportStep.WHO, "report.field.concernFor", answer("report.concernFor.", draft.getConcernFor()));
        row(ReportStep.WHO, "report.field.ageBand", answer("report.ageBand.", draft.getAgeBand()));
        row(ReportStep.WHAT, "report.field.signs", draft.getSigns().stream()
                .map(id -> signTitles.getOrDefault(id, id)).collect(Collectors.joining("\n")));
        row(ReportStep.WHAT, "report.field.noticed", PlainText.clean(draft.getNoticed()));
        row(ReportStep.WHERE, "report.field.placeKind", label(guidance.placeKinds(locale), draft.getPlaceKind()));
        row(ReportStep.WHERE, "report.field.area", label(guidance.areas(locale), draft.getArea()));
        row(ReportStep.WHERE, "report.field.location", PlainText.clean(draft.getLocation()));
        row(ReportStep.WHEN, "report.field.seenOn", draft.getSeenOn() == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(draft.getSeenOn()));
        row(ReportStep.WHEN, "report.field.seenAt", draft.getSeenAt() == null ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(draft.getSeenAt()));
        row(ReportStep.WHEN, "report.field.stillHappening", answer("report.answer.", draft.getStillHappening()));
        row(ReportStep.WHEN, "report.field.happenedBefore", answer("report.answer.", draft.getHappenedBefore()));
        row(ReportStep.DETAILS, "report.step.details.title", draft.getDetails().stream()
                .map(detail -> getTranslation("report.check.detail",
                        getTranslation("report.detailKind." + detail.kind().name()), PlainText.clean(detail.value())))
                .collect(Collectors.joining("\n")));
        row(ReportStep.ABOUT_YOU, "report.field.contactMe", draft.isContactMe()
                ? List.of(draft.getContactName(), draft.getContactPhone(), draft.getContactEmail(), draft.getContactNotes())
                        .stream().map(PlainText::clean).filter(text -> !text.isEmpty()).collect(Collectors.joining("\n"))
                : getTranslation("report.check.anonymous"));
        add(list);
    }

    private void row(ReportStep step, String questionKey, String answer) {
        String question = getTranslation(questionKey);
        Span shown = new Span(answer.isEmpty() ? getTranslation("report.check.none") : answer);
        shown.addClassName("answer");
        // the hidden words say what the link changes, for people who hear links out of context
        Span which = new Span(" " + question);
        which.addClassName("visually-hidden");
        Anchor change = new Anchor(ReportStepView.path(step) + "?return=" + ReportStepView.CHECK,
                new Text(getTranslation("report.check.change")), which);
        Div actions = new Div(change);
        actions.addClassName("change");
        Component term = new DescriptionList.Term(question);
        list.add(term, new DescriptionList.Description(shown, actions));
    }

    private String answer(String prefix, @Nullable Enum<?> value) {
        return value == null ? "" : getTranslation(prefix + value.name());
    }

    private static String label(List<Choice> choices, @Nullable String id) {
        return choices.stream().filter(choice -> choice.id().equals(id)).map(Choice::label).findFirst().orElse("");
    }
}
