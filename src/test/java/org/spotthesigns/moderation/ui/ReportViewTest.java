package org.spotthesigns.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** What the case page says about the language a report was written in: view logic, checked without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(DashboardViewTest.SignedInModerator.class)
class ReportViewTest extends SpringBrowserlessTest {

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void a_report_sent_from_the_polish_form_says_it_was_written_in_polish() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setLanguage("pl");
        String reference = submit(draft);

        navigate(ReportView.path(reference), ReportView.class);

        assertThat($(Span.class).id("written-in").getText()).isEqualTo(" · written in Polish");
    }

    @Test
    void an_english_report_says_nothing_of_its_language() {
        String reference = submit(ReportDrafts.complete(Instant.now()));

        navigate(ReportView.path(reference), ReportView.class);

        assertThat($(Span.class).withId("written-in").exists()).isFalse();
    }

    private String submit(ReportDraft draft) {
        String reference =
                reports.submit(draft, UUID.randomUUID().toString()).reference().value();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from report_case where reference = ?", Integer.class, reference)
                        == 1);
        return reference;
    }
}
