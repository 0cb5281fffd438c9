package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The queue's word search finds the same reports on every database: H2 through the word table,
 * PostgreSQL through its full-text search (V24). Each test writes a word of its own, so runs on a
 * shared database never find each other's reports.
 */
abstract class QueueSearchContract {

    @Autowired
    ReportService reports;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ModerationService moderation;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void every_word_must_be_there_whatever_its_case_accents_or_punctuation() {
        String own = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String silverCar = submit("A silver car, Café " + own + " outside", "Near the station");
        String silverVan = submit("A silver van " + own, "Лестер bus stop");
        String numbers = submit("Phone ab12 " + own + " & <b>bold</b>", "x");

        assertThat(search(own)).containsExactlyInAnyOrder(silverCar, silverVan, numbers);
        assertThat(search("SILVER car!! " + own)).containsExactly(silverCar);
        assertThat(search("cafe " + own)).containsExactly(silverCar);
        assertThat(search("silver " + own)).containsExactlyInAnyOrder(silverCar, silverVan);
        // where it happened is searched too, in any script
        assertThat(search("лестер " + own)).containsExactly(silverVan);
        assertThat(search("station " + own)).containsExactly(silverCar);
        assertThat(search("AB12 bold " + own)).containsExactly(numbers);
        // whole words only, and every one of them
        assertThat(search("silv " + own)).isEmpty();
        assertThat(search("silver lorry " + own)).isEmpty();
        // words of a search language mean nothing here
        assertThat(search(own + " & | ! ( ) : * '")).containsExactlyInAnyOrder(silverCar, silverVan, numbers);
        assertThat(moderation.count(filter("silver " + own))).isEqualTo(2);
    }

    private List<String> search(String text) {
        securityContexts
                .getContext()
                .setAuthentication(new TestingAuthenticationToken("alice", null, "ROLE_MODERATOR"));
        return moderation.queue(filter(text), 0, 50).stream()
                .map(QueueRow::reference)
                .toList();
    }

    private static QueueFilter filter(String text) {
        return new QueueFilter(Set.of(), Set.of(), null, null, null, null, text);
    }

    private String submit(String noticed, String location) {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed(noticed);
        draft.setLocation(location);
        String reference =
                reports.submit(draft, UUID.randomUUID().toString()).reference().value();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> workflow.find(reference).isPresent());
        return reference;
    }
}
