package org.spotthesigns.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A moderator's change and the portal's own change to the same case at the same moment both
 * stay: the portal's update leaves the version alone, and the moderator's writes only the columns
 * it changed.
 */
@SpringBootTest
@ActiveProfiles("test")
class CaseRecordIntegrationTest {

    @Autowired
    CaseRepository cases;

    @Autowired
    ReportService reports;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_claim_saved_after_a_re_score_committed_meanwhile_keeps_both() {
        String reference = reports.submit(
                        ReportDrafts.complete(Instant.now()), UUID.randomUUID().toString())
                .reference()
                .value();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cases.findByReference(reference)
                        .map(c -> c.getTriagePriority() != null)
                        .orElse(false));
        Instant due = Instant.parse("2030-01-01T00:00:00Z");

        transactions.executeWithoutResult(status -> {
            CaseRecord opened = cases.findByReference(reference).orElseThrow();
            opened.claim("alice", Instant.now());
            // a re-score, committed by another thread while the claim is being made
            CompletableFuture.runAsync(() -> transactions.executeWithoutResult(other -> {
                        cases.triaged(reference, 1, due, true);
                        cases.prioritised(reference, 1);
                    }))
                    .join();
        });

        CaseRecord after = cases.findByReference(reference).orElseThrow();
        assertThat(after.getAssignedTo()).isEqualTo("alice");
        assertThat(after.getPriority()).isEqualTo(1);
        assertThat(after.getTriagePriority()).isEqualTo(1);
        assertThat(after.getDeadline()).isEqualTo(due);
        assertThat(after.isSuspectedSpam()).isTrue();
        assertThat(after.getVersion()).as("one moderator's change").isEqualTo(1);
    }
}
