package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.PublicStatus;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportReference;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.reporting.SubmittedReport;
import org.spotthesigns.triage.TriageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What the follow-up page tells a reporter about their report's status: view logic, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class FollowUpViewTest extends SpringBrowserlessTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    @Autowired
    ReportService reports;

    @Autowired
    TriageProperties triage;

    @Test
    void an_opened_report_says_what_its_status_means_and_how_long_it_usually_takes() {
        SubmittedReport report = reports.submit(
                ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString());

        navigate(FollowUpView.class);
        test($(TextField.class).id("reference")).setValue(report.reference().value());
        test($(PasswordField.class).id("key")).setValue(report.key().value());
        test($(Button.class).id("open-report")).click();

        assertThat($(Div.class).id("status-meaning").getElement().getTextRecursively())
                .contains(MESSAGES.getString("followup.status.RECEIVED.means"))
                .contains(MESSAGES.getString("followup.status.RECEIVED.when"));

        // every other status too, so the reporter knows what may come next
        String every = $(Details.class).id("every-status").getElement().getTextRecursively();
        Set<String> explanations = new HashSet<>();
        for (PublicStatus status : PublicStatus.values()) {
            String means = MESSAGES.getString("followup.status." + status.name() + ".means");
            String when = MESSAGES.getString("followup.status." + status.name() + ".when");
            assertThat(every)
                    .as("the meaning of " + status)
                    .contains(MESSAGES.getString("followup.status." + status.name()), means, when);
            explanations.add(means);
            explanations.add(when);
        }
        assertThat(explanations).as("each status says something of its own").hasSize(2 * PublicStatus.values().length);
    }

    @Test
    void a_wrong_key_is_refused_and_after_five_tries_the_reference_is_throttled() {
        navigate(FollowUpView.class);
        test($(TextField.class).id("reference"))
                .setValue(ReportReference.random(new Random()).value());
        test($(PasswordField.class).id("key")).setValue("AAAA-BBBB-CCCC-DDDD");

        for (int attempt = 1; attempt <= 5; attempt++) {
            test($(Button.class).id("open-report")).click();

            assertThat(errorSummary()).as("try %d", attempt).contains(MESSAGES.getString("followup.error.nomatch"));
            assertThat(((FollowUpView) getCurrentView()).getPageTitle()).startsWith("Error: ");
            assertThat($(Paragraph.class).withId("status").exists()).isFalse();
        }

        test($(Button.class).id("open-report")).click();
        assertThat(errorSummary()).contains(MESSAGES.getString("followup.error.limited"));
    }

    private String errorSummary() {
        Div summary = $(Div.class).id("error-summary");
        assertThat(summary.isVisible()).isTrue();
        return summary.getElement().getTextRecursively();
    }

    /** The page states the triage targets in words: a change of the targets must change the words too. */
    @Test
    void the_times_a_received_report_is_said_to_be_read_within_are_the_triage_deadlines() {
        String when = MESSAGES.getString("followup.status.RECEIVED.when");

        assertThat(triage.p1Deadline().toMinutes()).isEqualTo(60);
        assertThat(when).contains("within 1 hour");
        assertThat(triage.p4Deadline().toHours() % 24).isZero();
        assertThat(when).contains("within " + triage.p4Deadline().toDays() + " days");
        // and none of the priorities is slower than "every report"
        assertThat(triage.p2Deadline()).isLessThanOrEqualTo(triage.p4Deadline());
        assertThat(triage.p3Deadline()).isLessThanOrEqualTo(triage.p4Deadline());
    }
}
