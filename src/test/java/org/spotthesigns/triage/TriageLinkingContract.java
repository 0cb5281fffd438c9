package org.spotthesigns.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.spotthesigns.reporting.ReportDrafts.digits;
import static org.spotthesigns.reporting.ReportDrafts.letters;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportReference;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.triage.TriageOutcome.Reason;
import org.spotthesigns.triage.internal.LinkKey;
import org.spotthesigns.triage.internal.ReportLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports submitted through the reporting service end up triaged with their priority, reasons,
 * deadline and links, on every database the portal supports. Each test makes up its own phone
 * numbers, registrations and places, so runs on a shared database never link to each other.
 */
abstract class TriageLinkingContract {

    @Autowired
    ReportService reports;

    @Autowired
    TriageService triage;

    @Autowired
    TriageProperties properties;

    @Autowired
    ReportLinks links;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reports_with_one_phone_number_written_two_ways_are_linked_both_ways_and_both_raised() {
        String number = "7" + digits(3) + " " + digits(6);
        String first = submit(with(DetailKind.PHONE_NUMBER, "0" + number));
        TriagedReport firstAlone = triaged(first);

        String second = submit(with(DetailKind.PHONE_NUMBER, "+44 (0)" + number.replace(" ", "")));

        TriagedReport secondTriaged = await().atMost(Duration.ofSeconds(10))
                .until(() -> triage.current(second).orElse(null), outcome -> outcome != null);
        assertThat(triage.links(second)).containsExactly(new LinkedReport(first, Set.of(LinkedBy.PHONE_NUMBER)));
        assertThat(triage.links(first)).containsExactly(new LinkedReport(second, Set.of(LinkedBy.PHONE_NUMBER)));
        Reason linked = new Reason("linked", "Linked to other recent reports (1 report: same phone number)", 10);
        assertThat(secondTriaged.outcome().reasons()).contains(linked);
        assertThat(secondTriaged.outcome().score())
                .isEqualTo(firstAlone.outcome().score() + 10);
        assertThat(secondTriaged.deadline())
                .isEqualTo(submittedAt(second)
                        .plus(properties.deadline(secondTriaged.outcome().priority())));

        TriagedReport firstRaised = triage.current(first).orElseThrow();
        assertThat(firstRaised.outcome().reasons()).contains(linked);
        assertThat(firstRaised.outcome().score()).isEqualTo(firstAlone.outcome().score() + 10);
        assertThat(triage.history(first)).hasSize(2).last().isEqualTo(firstAlone);
    }

    @Test
    void a_registration_in_lower_case_with_spaces_links_to_the_same_one_in_capitals() {
        String registration = letters(2) + digits(2) + letters(3);
        String first = submit(with(DetailKind.VEHICLE_REGISTRATION, registration));
        triaged(first);

        String second = submit(with(
                DetailKind.VEHICLE_REGISTRATION,
                " " + registration.substring(0, 4).toLowerCase() + "  "
                        + registration.substring(4).toLowerCase()));

        triaged(second);
        assertThat(triage.links(second))
                .containsExactly(new LinkedReport(first, Set.of(LinkedBy.VEHICLE_REGISTRATION)));
    }

    @Test
    void one_booking_number_written_in_another_case_and_spacing_links_the_reports() {
        String letters = letters(2);
        String number = digits(6);
        String first = submit(with(Detail.booking(letters + " " + number, "Fast Cars " + letters(4))));
        triaged(first);

        String second = submit(with(Detail.booking(letters.toLowerCase() + number, "")));

        TriagedReport secondTriaged = triaged(second);
        assertThat(triage.links(second)).containsExactly(new LinkedReport(first, Set.of(LinkedBy.BOOKING_NUMBER)));
        assertThat(triage.links(first)).containsExactly(new LinkedReport(second, Set.of(LinkedBy.BOOKING_NUMBER)));
        assertThat(secondTriaged.outcome().reasons())
                .extracting(Reason::toString)
                .contains("Linked to other recent reports (1 report: same booking number): +10");
    }

    @Test
    void a_vehicle_links_by_its_registration_and_never_by_its_colour_or_make_alone() {
        String colour = "Pearl " + letters(8);
        String make = "Make " + letters(8);
        String registration = letters(2) + digits(2) + letters(3);
        String first = submit(with(Detail.vehicle(registration, colour, make)));
        triaged(first);

        String sameColourAndMake = submit(with(Detail.vehicle("", colour, make)));
        triaged(sameColourAndMake);
        assertThat(triage.links(sameColourAndMake)).isEmpty();
        assertThat(triage.current(sameColourAndMake).orElseThrow().outcome().reasons())
                .extracting(Reason::ruleId)
                .as("a colour and a make are not a registration")
                .doesNotContain("vehicle-registration");

        String sameRegistration = submit(with(Detail.vehicle(registration.toLowerCase(), "", "")));
        triaged(sameRegistration);
        assertThat(triage.links(sameRegistration))
                .containsExactly(new LinkedReport(first, Set.of(LinkedBy.VEHICLE_REGISTRATION)));
    }

    @Test
    void a_cluster_raises_each_member_by_the_reports_it_shares_a_nickname_or_place_with() {
        String nickname = "Tiny " + letters(5);
        String place = "Bus shelter " + digits(6) + ", London Road";
        ReportDraft one = with(DetailKind.NICKNAME, nickname);
        one.setLocation(place);
        String first = submit(one);
        triaged(first);
        String second = submit(with(DetailKind.NICKNAME, nickname.toUpperCase()));
        triaged(second);
        ReportDraft three = with(DetailKind.PHONE_NUMBER, "07" + digits(9));
        three.setLocation(place.toLowerCase().replace(",", ""));
        String third = submit(three);

        TriagedReport thirdTriaged = triaged(third);
        assertThat(triage.links(third)).containsExactly(new LinkedReport(first, Set.of(LinkedBy.PLACE)));
        assertThat(triage.links(first))
                .containsExactlyInAnyOrder(
                        new LinkedReport(second, Set.of(LinkedBy.NICKNAME)),
                        new LinkedReport(third, Set.of(LinkedBy.PLACE)));
        assertThat(thirdTriaged.outcome().reasons())
                .extracting(Reason::toString)
                .contains("Linked to other recent reports (1 report: same place): +10");
        assertThat(triage.current(first).orElseThrow().outcome().reasons())
                .extracting(Reason::toString)
                .contains("Linked to other recent reports (2 reports: same nickname, same place): +20");
    }

    @Test
    void the_same_place_in_another_area_is_not_linked() {
        String place = "Car wash " + digits(6);
        ReportDraft one = ReportDrafts.complete(Instant.now());
        one.setLocation(place);
        String first = submit(one);
        triaged(first);
        ReportDraft two = ReportDrafts.complete(Instant.now());
        two.setLocation(place);
        two.setTown("blaby");

        String second = submit(two);

        triaged(second);
        assertThat(triage.links(second)).isEmpty();
        assertThat(triage.links(first)).isEmpty();
    }

    @Test
    void reports_further_apart_than_the_window_are_not_linked() {
        Set<LinkKey> keys = Set.of(new LinkKey(LinkedBy.NICKNAME, "window" + letters(8)));
        String older = reference();
        String recent = reference();
        String newest = reference();
        Instant now = Instant.now();
        Duration window = Duration.ofDays(30);

        transactions.executeWithoutResult(status -> {
            links.link(older, now.minus(Duration.ofDays(31)), keys, window);
            assertThat(links.link(recent, now.minus(Duration.ofDays(29)), keys, window))
                    .containsExactly(older);
            assertThat(links.link(newest, now, keys, window)).containsExactly(recent);
        });

        assertThat(links.of(newest)).extracting(LinkedReport::reference).containsExactly(recent);
        assertThat(links.of(older)).extracting(LinkedReport::reference).containsExactly(recent);
        assertThat(links.of(recent)).extracting(LinkedReport::reference).containsExactlyInAnyOrder(older, newest);
    }

    private String submit(ReportDraft draft) {
        return reports.submit(draft, UUID.randomUUID().toString()).reference().value();
    }

    private TriagedReport triaged(String reference) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> triage.current(reference).orElse(null), outcome -> outcome != null);
    }

    private Instant submittedAt(String reference) {
        return jdbc.queryForObject(
                        "select submitted_at from report where reference = ?", OffsetDateTime.class, reference)
                .toInstant();
    }

    /** A complete report whose only detail is this one. */
    private static ReportDraft with(DetailKind kind, String value) {
        return with(new Detail(kind, value));
    }

    private static ReportDraft with(Detail detail) {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setDetails(List.of(detail));
        return draft;
    }

    private static String reference() {
        return ReportReference.random(ThreadLocalRandom.current()).value();
    }
}
