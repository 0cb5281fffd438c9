package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import org.spotthesigns.shared.LanguageAddresses;

/**
 * The warning a few minutes before a report in progress is deleted for being left untouched, on
 * the GOV.UK timeout-warning pattern (decision record 0025), and the words for a lost connection.
 *
 * <p>A native {@code <dialog>}, opened by {@code scripts/time-out-warning.js} as a modal: the
 * browser makes the rest of the page inert, moves the focus in and gives it back on closing, all
 * without a request to the server, which would itself count as activity. "Keep going" keeps the
 * session and the kept draft; "Delete my answers now" is the way out. When the time runs out the
 * script opens the page that says the answers were deleted, which deletes them.
 */
@JavaScript("context://scripts/time-out-warning.js")
final class TimeOutWarning extends Div {

    static final String DIALOG_ID = "time-out-warning";

    private final ReportJourney journey;
    private final ReportTimeOut settings;
    private final Element dialog = new Element("dialog");
    private final Paragraph left = new Paragraph();
    private final Paragraph status = new Paragraph();

    TimeOutWarning(ReportJourney journey, ReportTimeOut settings) {
        this.journey = journey;
        this.settings = settings;
        addClassName("time-out");

        H2 heading = new H2(getTranslation("report.timeOut.heading"));
        heading.setId("time-out-heading");
        left.setId("time-out-left");
        left.addClassName("time-out-left");
        // spoken now and then by the script; the visible count changes every second and is not
        Paragraph announcement = new Paragraph();
        announcement.addClassNames("time-out-announcement", "visually-hidden");
        announcement.getElement().setAttribute("aria-live", "assertive");

        Button keep = new Button(getTranslation("report.timeOut.keepGoing"), click -> keepGoing());
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setId("keep-going");
        Button delete = new Button(getTranslation("report.timeOut.delete"), click -> deleteAnswers());
        delete.setId("delete-answers");
        Div actions = new Div(keep, delete);
        actions.addClassName("time-out-actions");

        dialog.setAttribute("id", DIALOG_ID);
        dialog.setAttribute("class", "time-out-dialog");
        dialog.setAttribute("aria-labelledby", "time-out-heading");
        dialog.setAttribute("aria-describedby", "time-out-left");
        dialog.setAttribute("tabindex", "-1");
        dialog.setAttribute("data-sentence", getTranslation("report.timeOut.left", "{0}"));
        dialog.setAttribute("data-minutes", getTranslation("report.timeOut.minutes", "{0}"));
        dialog.setAttribute("data-minute", getTranslation("report.timeOut.minute"));
        dialog.setAttribute("data-seconds", getTranslation("report.timeOut.seconds", "{0}"));
        dialog.setAttribute("data-second", getTranslation("report.timeOut.second"));
        dialog.setAttribute("data-ended", LanguageAddresses.here(ReportEndedView.TIMED_OUT_PATH));
        dialog.appendChild(heading.getElement(), left.getElement(), actions.getElement(), announcement.getElement());

        // a screen reader hears when the connection drops and comes back; Vaadin's indicator shows it
        status.setId("connection-status");
        status.addClassName("visually-hidden");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("data-reconnecting", getTranslation("report.connection.reconnecting"));
        status.getElement().setAttribute("data-lost", getTranslation("report.connection.lost"));
        status.getElement().setAttribute("data-back", getTranslation("report.connection.back"));

        getElement().appendChild(dialog, status.getElement());
    }

    /**
     * Starts the clock for a page of the form that has just opened, with the settings as they are
     * now, and gives Vaadin's connection indicator the form's words.
     */
    void arm() {
        Duration idle = settings.getIdle();
        Duration warning = settings.getWarning();
        left.setText(getTranslation("report.timeOut.left", words(warning)));
        UI.getCurrent()
                .getReconnectDialogConfiguration()
                .setDialogText(getTranslation("report.connection.reconnecting"));
        UI.getCurrent().getReconnectDialogConfiguration().setDialogTextGaveUp(getTranslation("report.connection.lost"));
        getElement().executeJs("window.reportTimeOut.arm($0, $1, $2)", dialog, idle.toSeconds(), warning.toSeconds());
    }

    private void keepGoing() {
        journey.keepGoing();
        arm();
    }

    private void deleteAnswers() {
        journey.end();
        UI.getCurrent().navigate(LanguageAddresses.route(ReportEndedView.DELETED_PATH));
    }

    /**
     * The browser's clock ran out: the answers go here, on the server, and the page after says
     * so. Where the session has already gone, the script opens that page itself, and the kept
     * draft, as old as the time-out, is past its own expiry.
     */
    @ClientCallable
    private void timedOut() {
        journey.end();
        UI.getCurrent().navigate(LanguageAddresses.route(ReportEndedView.TIMED_OUT_PATH));
    }

    private String words(Duration time) {
        return words(this, time);
    }

    /** A time in words, as the warning and the page after a time-out say it: whole minutes, or seconds below one. */
    static String words(Component in, Duration time) {
        long seconds = time.toSeconds();
        if (seconds >= 60) {
            long minutes = (seconds + 59) / 60;
            return minutes == 1
                    ? in.getTranslation("report.timeOut.minute")
                    : in.getTranslation("report.timeOut.minutes", minutes);
        }
        return seconds == 1
                ? in.getTranslation("report.timeOut.second")
                : in.getTranslation("report.timeOut.seconds", seconds);
    }
}
