package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportStep;

/**
 * "Check your answers": every answer as text, each with a link back to its step. Free text is
 * shown cleaned, exactly as it will be stored, and only ever as text.
 */
final class CheckAnswers extends Div {

    private final DescriptionList list = new DescriptionList();

    CheckAnswers(ReportDraft draft, GuidanceService guidance, Locale locale) {
        addClassName("check-answers");
        AnsweredQuestions.of(draft, guidance, locale, this::getTranslation)
                .forEach(row -> row(row.step(), row.questionKey(), row.answer()));
        add(list);
    }

    private void row(ReportStep step, String questionKey, String answer) {
        String question = getTranslation(questionKey);
        Span shown = new Span(answer.isEmpty() ? getTranslation("report.check.none") : answer);
        shown.addClassName("answer");
        // the hidden words say what the link changes, for people who hear links out of context
        Span which = new Span(" " + question);
        which.addClassName("visually-hidden");
        Anchor change = new Anchor(
                ReportStepView.path(step) + "?return=" + ReportStepView.CHECK,
                new Text(getTranslation("report.check.change")),
                which);
        Div actions = new Div(change);
        actions.addClassName("change");
        Component term = new DescriptionList.Term(question);
        list.add(term, new DescriptionList.Description(shown, actions));
    }
}
