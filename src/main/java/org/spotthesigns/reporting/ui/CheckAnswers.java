package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.reporting.IdentifyingWords;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportStep;

/**
 * "Check your answers": every answer as text, each with a link back to its step. Free text is
 * shown cleaned, exactly as it will be stored, and only ever as text. A reporter who chose to stay
 * anonymous is warned beside an answer that seems to hold a phone number, an email address or a
 * street address ({@link IdentifyingWords}), with a link to change it; sending is never stopped.
 */
@StyleSheet("context://styles/keeping.css")
final class CheckAnswers extends Div {

    private final DescriptionList list = new DescriptionList();

    CheckAnswers(ReportDraft draft, GuidanceService guidance, Locale locale) {
        addClassName("check-answers");
        Map<String, Set<IdentifyingWords.Kind>> identifying = IdentifyingWords.inAnswers(draft);
        AnsweredQuestions.of(draft, guidance, locale, this::getTranslation)
                .forEach(row -> row(
                        row.step(),
                        row.questionKey(),
                        row.answer(),
                        identifying.getOrDefault(row.questionKey(), Set.of())));
        add(list);
    }

    private void row(ReportStep step, String questionKey, String answer, Set<IdentifyingWords.Kind> identifying) {
        String question = getTranslation(questionKey);
        Span shown = new Span(answer.isEmpty() ? getTranslation("report.check.none") : answer);
        shown.addClassName("answer");
        Div actions = new Div(changeLink(step, "report.check.change", question));
        actions.addClassName("change");
        Component term = new DescriptionList.Term(question);
        DescriptionList.Description description = new DescriptionList.Description(shown, actions);
        if (!identifying.isEmpty()) {
            description.add(warning(step, questionKey, question, identifying));
        }
        list.add(term, description);
    }

    /**
     * A link back to the step, returning here after it; its hidden words say what it changes,
     * for people who hear links out of context.
     */
    private Anchor changeLink(ReportStep step, String textKey, String question) {
        Span which = new Span(" " + question);
        which.addClassName("visually-hidden");
        return new Anchor(
                ReportStepView.path(step) + "?return=" + ReportStepView.CHECK,
                new Text(getTranslation(textKey)),
                which);
    }

    /**
     * The GOV.UK warning text, under the answer it is about: what the answer seems to hold, why
     * that matters to someone who stays anonymous, and a link to change it.
     */
    private Div warning(ReportStep step, String questionKey, String question, Set<IdentifyingWords.Kind> identifying) {
        Span hidden = new Span(getTranslation("report.check.identifying.warning") + " ");
        hidden.addClassName("visually-hidden");
        Span icon = new Span("!");
        icon.addClassName("warning-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Paragraph lead =
                new Paragraph(icon, new Span(hidden, new Text(getTranslation("report.check.identifying.lead"))));
        lead.addClassName("warning-lead");
        UnorderedList kinds = new UnorderedList();
        identifying.forEach(kind -> kinds.add(new ListItem(getTranslation("report.check.identifying." + kind.name()))));
        Div warning = new Div(
                lead,
                kinds,
                new Paragraph(getTranslation("report.check.identifying.why")),
                changeLink(step, "report.check.identifying.change", question));
        warning.addClassName("identifying-warning");
        warning.setId("identifying-" + fieldOf(questionKey));
        return warning;
    }

    /** "noticed" for "report.field.noticed", "details" for "report.step.details.title". */
    private static String fieldOf(String questionKey) {
        String[] parts = questionKey.split("\\.");
        return questionKey.endsWith(".title") ? parts[parts.length - 2] : parts[parts.length - 1];
    }
}
