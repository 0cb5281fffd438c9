package org.spotthesigns.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.moderation.QueueFilter;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The dashboard's figures lead to the queue that shows them: view logic, checked without a browser. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(DashboardViewTest.SignedInModerator.class)
class DashboardViewTest extends SpringBrowserlessTest {

    /**
     * Signs in a moderator before the browserless UI is made (extensions run before the base
     * class's set-up). Vaadin's access check reads the static security holder, which the last
     * context started in this JVM may have taken over: it is pointed at this context's own first.
     */
    static class SignedInModerator implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            SecurityContextHolderStrategy own =
                    SpringExtension.getApplicationContext(context).getBean(SecurityContextHolderStrategy.class);
            SecurityContextHolder.setContextHolderStrategy(own);
            own.getContext()
                    .setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_" + Role.MODERATOR_NAME));
        }
    }

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModerationService moderation;

    /** The portal's own holder: each test context has its own, and the static one may belong to another. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void the_overdue_figure_leads_to_the_overdue_queue_which_shows_that_filter() {
        navigate(DashboardView.class);

        Anchor overdue = $(Anchor.class).id("overdue-count");
        assertThat(overdue.getHref()).isEqualTo("moderation?attention=overdue");

        // the link as a click on it would follow it
        String[] pathAndQuery = overdue.getHref().split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));
        assertThat(getCurrentView()).isInstanceOf(QueueView.class);
        assertThat($(Select.class).id("filter-attention").getValue()).isEqualTo("overdue");
    }

    @Test
    void each_figure_leads_to_the_queue_with_its_filter_and_the_same_count() {
        ReportDraft dangerNow = ReportDrafts.complete(Instant.now());
        dangerNow.setDangerNow(Answer.YES);
        String reference = reports.submit(dangerNow, UUID.randomUUID().toString())
                .reference()
                .value();
        awaitCase(reference, "priority = 1");
        navigate(DashboardView.class);

        Map<String, String> linkByName = $(Anchor.class).all().stream()
                .filter(link -> link.getElement().getAttribute("aria-label") != null)
                .collect(Collectors.toMap(Anchor::getHref, Anchor::getText, (a, b) -> a));
        assertThat(linkByName).containsKey("moderation?status=REFERRED");
        assertThat(linkByName.keySet().stream().filter(href -> href.startsWith("moderation?status=")))
                .hasSize(6);
        assertThat(linkByName.keySet()).anyMatch(href -> href.matches("moderation\\?area=[a-z-]+&status=all"));
        assertThat(linkByName.get("moderation?priority=1"))
                .isEqualTo(String.valueOf(
                        moderation.count(new QueueFilter(ReportStatus.open(), Set.of(1), null, null, null, null, ""))));
    }

    @Test
    void the_untriaged_figure_leads_to_the_queue_of_reports_not_yet_triaged() {
        String reference = reports.submit(
                        ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString())
                .reference()
                .value();
        // as if its triage had not run yet (it runs the moment the report is stored)
        awaitCase(reference, "priority is not null");
        jdbc.update("update report_case set priority = null, deadline = null where reference = ?", reference);

        navigate(DashboardView.class);

        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("moderation?attention=untriaged");
    }

    /** Waits until the report's case is in the queue and meets {@code condition} (triage runs after the commit). */
    private void awaitCase(String reference, String condition) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from report_case where reference = ? and " + condition,
                                Integer.class,
                                reference)
                        == 1);
    }
}
