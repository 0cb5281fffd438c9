package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.spotthesigns.Application;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.testing.OnPostgres;
import org.spotthesigns.testing.PostgresReachable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keeping reporters' drafts outside the node on PostgreSQL, the production database, and a second
 * node on the same database carrying on with a draft the first one kept.
 */
@OnPostgres
class SavedDraftsPostgresIntegrationTest extends SavedDraftsContract {

    @Autowired
    ReportService reports;

    @Autowired
    RateLimits limits;

    @Test
    void a_draft_kept_by_one_node_is_continued_on_another_and_a_send_repeated_there_finds_its_report() {
        try (ConfigurableApplicationContext otherNode = anotherNode()) {
            SavedDrafts savedThere = otherNode.getBean(SavedDrafts.class);
            ReportService reportsThere = otherNode.getBean(ReportService.class);
            String client = limits.clientKey("2001:db8::"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0xffff)));
            ReportDraft draft = ReportDrafts.complete(Instant.now());
            draft.setNoticed(NOTICED + " " + ReportDrafts.digits(8));
            DraftToken token = DraftToken.random();
            saved.save(token, draft, "about-you");

            // this node dies: the reporter carries on from the other one, every confirmed answer there
            ReportDraft carriedOn = savedThere.load(token).orElseThrow().draft();
            assertSameAnswers(carriedOn, draft);
            carriedOn.setContactNotes("Added on the other node");
            savedThere.save(token, carriedOn, "check");

            // sent through the first node, which dies before it can end the draft
            SubmittedReport sent =
                    reports.submit(saved.load(token).orElseThrow().draft(), client);
            // the reporter sends again from the other node: the report already stored, the same key
            SubmittedReport sentAgain =
                    reportsThere.submit(savedThere.load(token).orElseThrow().draft(), client);

            assertThat(sentAgain).isEqualTo(sent);
            assertThat(jdbc.queryForObject(
                            "select count(*) from report where idempotency_key = ?",
                            Integer.class,
                            draft.idempotencyKey()))
                    .isEqualTo(1);
            assertThat(reports.forModeration(sent.reference().value())
                            .orElseThrow()
                            .answers()
                            .getContactNotes())
                    .isEqualTo("Added on the other node");

            savedThere.end(token);
            assertThat(saved.load(token)).isEmpty();
        }
    }

    /** A second portal on the same database, with the same key, as a second node runs it. */
    private static ConfigurableApplicationContext anotherNode() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(
                        "--server.port=0",
                        "--management.server.port=-1",
                        "--spring.datasource.url=" + PostgresReachable.URL,
                        "--spring.datasource.username=" + PostgresReachable.USER,
                        "--spring.datasource.password=",
                        "--spring.flyway.connect-retries=0",
                        "--spotthesigns.contact-details.key=" + PostgresReachable.TEST_KEY,
                        "--spotthesigns.rate-limits.reports-per-hour=100000",
                        "--spotthesigns.rate-limits.client-key-secret=for the shared test database only",
                        "--spotthesigns.follow-up.key-hash-strength=4");
    }
}
