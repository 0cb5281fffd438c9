package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.spotthesigns.reporting.internal.ReportRecord;
import org.spotthesigns.reporting.internal.ReportRepository;
import org.spotthesigns.shared.PlainText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What storing a report must do on every database the portal supports. */
abstract class ReportServiceContract {

    @Autowired
    ReportService reports;

    @Autowired
    ReportRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    org.spotthesigns.guidance.GuidanceService guidance;

    @Test
    void a_report_keeps_the_language_of_its_form_for_moderators_triage_and_the_queue() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setLanguage("pl");

        String reference = reports.submit(draft, client()).reference().value();

        assertThat(jdbc.queryForObject("select language from report where reference = ?", String.class, reference))
                .isEqualTo("pl");
        assertThat(reports.forModeration(reference).orElseThrow().answers().language())
                .isEqualTo("pl");
        assertThat(reports.forTriage(reference, java.time.Duration.ofHours(1))
                        .orElseThrow()
                        .language())
                .isEqualTo("pl");
        assertThat(reports.forQueue(reference).orElseThrow().language()).isEqualTo("pl");
    }

    @Test
    void a_report_from_a_form_that_named_no_language_is_english() {
        String reference = reports.submit(ReportDrafts.complete(Instant.now()), client())
                .reference()
                .value();

        assertThat(reports.forModeration(reference).orElseThrow().answers().language())
                .isEqualTo("en");
    }

    @Test
    void a_language_the_portal_is_not_written_in_is_refused_and_nothing_is_stored() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setLanguage("xx");
        long before = repository.count();

        assertThatThrownBy(() -> reports.submit(draft, client())).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_journey_with_a_full_postcode_stores_its_towns_their_areas_and_only_the_postcode_district() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setJourney(true);
        draft.setTown("leicester");
        draft.setJourneyTo("loughborough");
        draft.setPostcodeDistrict("le11 3ab");

        SubmittedReport submitted = reports.submit(draft, client());

        String reference = submitted.reference().value();
        Map<String, Object> row = jdbc.queryForMap(
                "select area, town, journey_to_town, journey_to_area, postcode_district from report where reference = ?",
                reference);
        assertThat(row)
                .containsEntry("AREA", "leicester")
                .containsEntry("TOWN", "leicester")
                .containsEntry("JOURNEY_TO_TOWN", "loughborough")
                .containsEntry("JOURNEY_TO_AREA", "charnwood")
                .containsEntry("POSTCODE_DISTRICT", "LE11");
        // the rest of the postcode is nowhere in the report's row
        assertThat(jdbc.queryForObject(
                        "select count(*) from report where reference = ? and (upper(location) like '%3AB%'"
                                + " or upper(noticed) like '%3AB%')",
                        Long.class, reference))
                .isZero();
        assertThat(reports.forTriage(reference, java.time.Duration.ofDays(1))
                        .orElseThrow()
                        .areas())
                .containsExactlyInAnyOrder("leicester", "charnwood");
        assertThat(reports.forQueue(reference).orElseThrow().journeyToArea()).isEqualTo("charnwood");
        ReportDraft answers = reports.forModeration(reference).orElseThrow().answers();
        assertThat(answers.isJourney()).isTrue();
        assertThat(answers.getTown()).isEqualTo("leicester");
        assertThat(answers.getJourneyTo()).isEqualTo("loughborough");
        assertThat(answers.getJourneyToArea()).isEqualTo("charnwood");
        assertThat(answers.getPostcodeDistrict()).isEqualTo("LE11");

        // the moderator reads the journey, both areas and the district; the reporter checked the journey
        AnsweredQuestions.Words words = (key, arguments) -> key + java.util.Arrays.toString(arguments);
        assertThat(AnsweredQuestions.stored(answers, guidance, Locale.UK, words))
                .extracting(AnsweredQuestions.Row::questionKey, AnsweredQuestions.Row::answer)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "report.field.journey", "report.check.journey[Leicester, Loughborough]"),
                        org.assertj.core.groups.Tuple.tuple(
                                "report.field.area", "report.check.journey[Leicester city, Charnwood]"),
                        org.assertj.core.groups.Tuple.tuple("report.field.postcodeDistrict", "LE11"));
        List<AnsweredQuestions.Row> checked = AnsweredQuestions.of(draft, guidance, Locale.UK, words);
        assertThat(checked)
                .extracting(AnsweredQuestions.Row::questionKey, AnsweredQuestions.Row::answer)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "report.field.journey", "report.check.journey[Leicester, Loughborough]"));
        assertThat(checked).extracting(AnsweredQuestions.Row::questionKey).doesNotContain("report.field.area");
    }

    @Test
    void a_town_the_list_does_not_hold_is_refused_on_its_field_and_nothing_is_stored() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setTown("Narnia");
        String noticed = draft.getNoticed();
        long before = repository.count();

        assertThatThrownBy(() -> reports.submit(draft, client()))
                .isInstanceOf(InvalidReportException.class)
                .satisfies(refused -> assertThat(((InvalidReportException) refused).problems())
                        .extracting(Problem::field, Problem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("town", "report.error.town.unknown")));
        assertThat(repository.count()).isEqualTo(before);
        assertThat(draft.getNoticed()).as("every other answer is kept").isEqualTo(noticed);
        assertThat(draft.getTown()).as("the town as typed, to be corrected").isEqualTo("Narnia");
    }

    @Test
    void a_submission_stores_every_answer() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed("He had two phones.\u202E<script>alert(1)</script> See www.example.org");

        SubmittedReport submitted = reports.submit(draft, client());

        transactions.executeWithoutResult(status -> {
            ReportRecord stored =
                    repository.findByReference(submitted.reference().value()).orElseThrow();
            assertThat(stored.getDangerNow()).isEqualTo(draft.getDangerNow());
            assertThat(stored.getConcernFor()).isEqualTo(draft.getConcernFor());
            assertThat(stored.getAgeBand()).isEqualTo(draft.getAgeBand());
            assertThat(stored.getSigns()).containsExactlyInAnyOrderElementsOf(draft.getSigns());
            assertThat(stored.getNoticed())
                    .isEqualTo("He had two phones.<script>alert(1)</script> See www.example.org");
            assertThat(stored.getPlaceKind()).isEqualTo("banks");
            assertThat(stored.getArea()).isEqualTo("leicester");
            assertThat(stored.getLocation()).isEqualTo(draft.getLocation());
            assertThat(stored.getSeenOn()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(stored.getSeenAt()).isEqualTo(LocalTime.of(15, 30));
            assertThat(stored.getStillHappening()).isEqualTo(draft.getStillHappening());
            assertThat(stored.getHappenedBefore()).isEqualTo(draft.getHappenedBefore());
            assertThat(stored.getDetails())
                    .extracting(d -> d.getKind() + " " + d.getValue())
                    .containsExactlyElementsOf(draft.getDetails().stream()
                            .map(d -> d.kind() + " " + d.value())
                            .toList());
            assertThat(stored.isContactMe()).isTrue();
            assertThat(stored.getContactName()).isEqualTo("Sam");
            assertThat(stored.getContactPhone()).isEqualTo("07700 900456");
            assertThat(stored.getContactEmail()).isEqualTo("sam@example.org");
            assertThat(stored.getContactNotes()).isEqualTo("Weekday evenings");
            assertThat(stored.getPublicStatus()).isEqualTo(PublicStatus.RECEIVED);
            assertThat(stored.isHoneypotFilled()).isFalse();
            assertThat(stored.getSecondsToComplete()).isBetween(170, 400);
            assertThat(stored.getLinkCount()).isEqualTo(1);
            assertThat(stored.getContentRelease()).hasSize(64);
            assertThat(stored.getFollowUpKeyHash())
                    .startsWith("$2")
                    .doesNotContain(submitted.key().canonical());
        });
    }

    @Test
    void contact_details_cannot_be_read_in_the_raw_table() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());

        Map<String, Object> raw = jdbc.queryForMap(
                "select contact_name, contact_phone, contact_email, contact_notes from report where reference = ?",
                submitted.reference().value());

        assertThat(raw.values())
                .allSatisfy(value -> assertThat(String.valueOf(value))
                        .matches("v1:[a-z0-9]{1,16}:[A-Za-z0-9+/=]{30,}")
                        .doesNotContain("Sam", "07700", "example.org", "evenings"));
    }

    @Test
    void an_anonymous_report_keeps_no_contact_details_at_all() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setContactMe(false);

        SubmittedReport submitted = reports.submit(draft, client());

        Map<String, Object> raw = jdbc.queryForMap(
                "select contact_me, contact_name, contact_phone, contact_email, contact_notes from report where reference = ?",
                submitted.reference().value());
        assertThat(raw).containsEntry(key(raw, "contact_me"), false);
        raw.entrySet().stream()
                .filter(e -> !e.getKey().equalsIgnoreCase("contact_me"))
                .forEach(e -> assertThat(e.getValue()).as(e.getKey()).isNull());
    }

    @Test
    void no_column_could_hold_a_reporters_address_or_browser() {
        List<String> columns = jdbc.queryForList(
                "select lower(table_name) || '.' || lower(column_name) from information_schema.columns "
                        + "where lower(table_schema) in ('public')",
                String.class);

        assertThat(columns)
                .contains("report.reference", "report.noticed")
                .noneMatch(column -> column.matches(
                        ".*\\.(.*_)?(ip|ip_address|remote_addr|user_agent|agent|host|forwarded.*|device|browser)"));
    }

    @Test
    void a_report_that_breaks_a_rule_stores_nothing() {
        long before = repository.count();
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setAgeBand(null);

        assertThatThrownBy(() -> reports.submit(draft, client()))
                .isInstanceOf(InvalidReportException.class)
                .satisfies(e -> assertThat(((InvalidReportException) e).problems())
                        .extracting(Problem::field)
                        .containsExactly("ageBand"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void two_hundred_reports_submitted_at_once_all_land_with_distinct_references() throws Exception {
        long before = repository.count();
        List<Future<SubmittedReport>> pending = new ArrayList<>();
        try (ExecutorService reporters = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 200; i++) {
                pending.add(reporters.submit(() -> reports.submit(ReportDrafts.complete(Instant.now()), client())));
            }
        }
        Set<String> references = new HashSet<>();
        for (Future<SubmittedReport> submitted : pending) {
            references.add(submitted.get().reference().value());
        }

        assertThat(references).hasSize(200);
        assertThat(repository.count()).isEqualTo(before + 200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from report where reference in ("
                                + String.join(
                                        ",",
                                        references.stream()
                                                .map(r -> "'" + r + "'")
                                                .toList()) + ")",
                        Long.class))
                .isEqualTo(200);
    }

    @Test
    void the_reference_and_key_open_the_report_however_they_are_typed() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());
        String typedReference =
                submitted.reference().value().toLowerCase(Locale.ROOT).replace("-", " ");
        String typedKey = submitted.key().value().toLowerCase(Locale.ROOT).replace("-", "");

        FollowUp followUp = reports.open(typedReference, typedKey, client()).orElseThrow();

        assertThat(followUp.reference()).isEqualTo(submitted.reference());
        assertThat(followUp.status()).isEqualTo(PublicStatus.RECEIVED);
        assertThat(followUp.messages()).isEmpty();
    }

    @Test
    void a_wrong_key_or_an_unknown_reference_opens_nothing() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());

        assertThat(reports.open(submitted.reference().value(), "AAAA-BBBB-CCCC-DDDD", client()))
                .isEmpty();
        assertThat(reports.open(unknownReference(), submitted.key().value(), client()))
                .isEmpty();
        assertThat(reports.open("not a reference", "", client())).isEmpty();
    }

    @Test
    void the_reporter_adds_to_the_thread_as_inert_text() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());

        FollowUp thread = reports.reply(
                        submitted.reference().value(),
                        submitted.key().value(),
                        "Seen again today <img src=x onerror=alert(1)>near the station",
                        client())
                .orElseThrow();

        assertThat(thread.messages()).singleElement().satisfies(message -> {
            assertThat(message.author()).isEqualTo(Author.REPORTER);
            assertThat(message.body()).isEqualTo("Seen again today <img src=x onerror=alert(1)>near the station");
        });
        assertThat(reports.reply(submitted.reference().value(), "WRONG-WRONG-WRONG-WRONG", "hello", client()))
                .isEmpty();
        assertThatThrownBy(() -> reports.reply(
                        submitted.reference().value(), submitted.key().value(), "  ", client()))
                .isInstanceOf(InvalidReportException.class);
    }

    @Test
    void a_reporters_words_are_stored_exactly_as_typed() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed("He wrote <script> in the chat, then the girl left with him.\nx<y, age<13 {{hello}}");
        draft.setLocation("&#60;img src=x onerror=alert(1)&#62; by the bank");
        draft.setDetails(List.of(new ReportDraft.Detail(DetailKind.NICKNAME, "<b>Smokey</b> & \"Z\"")));
        draft.setContactEmail("{{a}}@x.io");
        draft.setContactNotes("After 6 <pm>");

        SubmittedReport submitted = reports.submit(draft, client());

        transactions.executeWithoutResult(status -> {
            ReportRecord stored =
                    repository.findByReference(submitted.reference().value()).orElseThrow();
            assertThat(stored.getNoticed()).isEqualTo(draft.getNoticed());
            assertThat(stored.getLocation()).isEqualTo(draft.getLocation());
            assertThat(stored.getDetails())
                    .extracting(ReportRecord.StoredDetail::getValue)
                    .containsExactly("<b>Smokey</b> & \"Z\"");
            assertThat(stored.getContactEmail()).isEqualTo("{{a}}@x.io");
            assertThat(stored.getContactNotes()).isEqualTo("After 6 <pm>");
        });
    }

    @Test
    void the_largest_answers_the_rules_accept_fit_their_columns() {
        // emoji sequences: the most code points and UTF-16 units a byte ceiling lets through in few characters
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setNoticed(atCeiling(family, ReportRules.NOTICED_LIMIT, ""));
        draft.setLocation(atCeiling(family, ReportRules.LOCATION_LIMIT, ""));
        draft.setDetails(List.of(
                new ReportDraft.Detail(DetailKind.NICKNAME, atCeiling(family, ReportRules.DETAIL_LIMIT, "")),
                ReportDraft.Detail.vehicle(
                        atCeiling(family, ReportRules.REGISTRATION_LIMIT, ""),
                        atCeiling(family, ReportRules.COLOUR_LIMIT, ""),
                        atCeiling(family, ReportRules.MAKE_LIMIT, "")),
                ReportDraft.Detail.booking(
                        atCeiling(family, ReportRules.BOOKING_LIMIT, ""),
                        atCeiling(family, ReportRules.FIRM_LIMIT, ""))));
        draft.setContactName(atCeiling(family, ReportRules.NAME_LIMIT, ""));
        draft.setContactEmail(atCeiling(family, ReportRules.EMAIL_LIMIT, "@x.io"));
        draft.setContactNotes(atCeiling(family, ReportRules.CONTACT_NOTES_LIMIT, ""));
        String reply = atCeiling(family, ReportService.MESSAGE_LIMIT, "");

        SubmittedReport submitted = reports.submit(draft, client());
        assertThat(reports.reply(submitted.reference().value(), submitted.key().value(), reply, client()))
                .isPresent();

        transactions.executeWithoutResult(status -> {
            ReportRecord stored =
                    repository.findByReference(submitted.reference().value()).orElseThrow();
            assertThat(stored.getNoticed()).isEqualTo(draft.getNoticed());
            assertThat(stored.getLocation()).isEqualTo(draft.getLocation());
            assertThat(stored.getDetails().get(0).getValue())
                    .isEqualTo(draft.getDetails().get(0).value());
            assertThat(stored.getDetails().get(1))
                    .extracting(
                            ReportRecord.StoredDetail::getValue,
                            ReportRecord.StoredDetail::getColour,
                            ReportRecord.StoredDetail::getMake)
                    .containsExactly(
                            draft.getDetails().get(1).value(),
                            draft.getDetails().get(1).colour(),
                            draft.getDetails().get(1).make());
            assertThat(stored.getDetails().get(2))
                    .extracting(ReportRecord.StoredDetail::getValue, ReportRecord.StoredDetail::getFirm)
                    .containsExactly(
                            draft.getDetails().get(2).value(),
                            draft.getDetails().get(2).firm());
            assertThat(stored.getContactName()).isEqualTo(draft.getContactName());
            assertThat(stored.getContactEmail()).isEqualTo(draft.getContactEmail());
            assertThat(stored.getContactNotes()).isEqualTo(draft.getContactNotes());
            assertThat(stored.getMessages()).extracting(m -> m.getBody()).containsExactly(reply);
        });
    }

    /** Whole emoji up to a limit's byte ceiling, ASCII letters to make up the last bytes, then the end. */
    private static String atCeiling(String emoji, int limit, String end) {
        int room = PlainText.byteCeiling(limit) - end.length();
        int bytesEach = PlainText.bytes(emoji);
        String text = emoji.repeat(room / bytesEach) + "a".repeat(room % bytesEach) + end;
        assertThat(PlainText.bytes(text)).isEqualTo(PlainText.byteCeiling(limit));
        return text;
    }

    @Test
    void a_detail_is_stored_in_the_order_given_with_its_kind() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        draft.setDetails(List.of(
                new ReportDraft.Detail(DetailKind.SOCIAL_MEDIA, "@someone"),
                new ReportDraft.Detail(DetailKind.SOCIAL_MEDIA, "@someone_else")));

        SubmittedReport submitted = reports.submit(draft, client());

        assertThat(jdbc.queryForList(
                        "select detail_value from report_detail d join report r on r.id = d.report_id "
                                + "where r.reference = ? order by d.position",
                        String.class,
                        submitted.reference().value()))
                .containsExactly("@someone", "@someone_else");
    }

    @Test
    void a_vehicle_and_a_booking_are_stored_with_their_parts_as_typed_and_older_rows_read_without_them() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        ReportDraft.Detail vehicle = ReportDraft.Detail.vehicle("", "<b>silver</b>", "Ford \"Focus\" & <i>");
        ReportDraft.Detail booking = ReportDraft.Detail.booking("AB 123 <script>", "Fast Cars {{x}}");
        draft.setDetails(List.of(
                vehicle,
                booking,
                // parts a row of this kind does not have are not kept
                new ReportDraft.Detail(DetailKind.NICKNAME, "Smokey", "red", "Audi", "A firm")));

        String reference = reports.submit(draft, client()).reference().value();

        ReportDraft answers = reports.forModeration(reference).orElseThrow().answers();
        assertThat(answers.getDetails())
                .containsExactly(vehicle, booking, new ReportDraft.Detail(DetailKind.NICKNAME, "Smokey"));
        // as the moderator's case page and the referral letter show them, each part named
        java.util.ResourceBundle messages = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);
        AnsweredQuestions.Words words =
                (key, arguments) -> new java.text.MessageFormat(messages.getString(key), Locale.UK).format(arguments);
        assertThat(AnsweredQuestions.stored(answers, guidance, Locale.UK, words))
                .filteredOn(row -> row.step() == ReportStep.DETAILS)
                .extracting(AnsweredQuestions.Row::answer)
                .containsExactly("Vehicle: colour <b>silver</b>, make Ford \"Focus\" & <i>\n"
                        + "Booking or job number: AB 123 <script>, firm Fast Cars {{x}}\n"
                        + "Nickname: Smokey");
        // as a row stored before vehicles had a colour and a make
        jdbc.update(
                "update report_detail set detail_colour = null, detail_make = null where report_id ="
                        + " (select id from report where reference = ?)",
                reference);
        assertThat(reports.forModeration(reference).orElseThrow().answers().getDetails())
                .first()
                .isEqualTo(ReportDraft.Detail.vehicle("", "", ""));
    }

    @Test
    void a_sixth_report_from_one_client_within_the_hour_is_refused_and_not_stored() {
        String client = client();
        for (int i = 0; i < 5; i++) {
            reports.submit(ReportDrafts.complete(Instant.now()), client);
        }
        long before = repository.count();

        assertThatThrownBy(() -> reports.submit(ReportDrafts.complete(Instant.now()), client))
                .isInstanceOf(RateLimitedException.class);
        assertThat(repository.count()).isEqualTo(before);
        assertThat(reports.submit(ReportDrafts.complete(Instant.now()), client()))
                .isNotNull();
    }

    @Test
    void after_five_wrong_keys_one_client_must_wait_even_with_the_right_key() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());
        String guesser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(reports.open(submitted.reference().value(), wrongKey(), guesser))
                    .isEmpty();
        }

        assertThatThrownBy(() -> reports.open(submitted.reference().value(), wrongKey(), guesser))
                .isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> reports.open(
                        submitted.reference().value(), submitted.key().value(), guesser))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void someone_who_knows_a_reference_cannot_keep_its_reporter_out() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());
        String reference = submitted.reference().value();
        for (int attacker = 0; attacker < 6; attacker++) {
            String guesser = client();
            for (int i = 0; i < 6; i++) {
                try {
                    assertThat(reports.open(reference, wrongKey(), guesser)).isEmpty();
                } catch (RateLimitedException refused) {
                    // this guesser has had its turns at this reference
                }
            }
        }

        String reporter = client();
        assertThat(reports.open(reference, submitted.key().value(), reporter)).isPresent();
        // the right key takes nothing from the reporter's own allowance for wrong keys
        for (int i = 0; i < 6; i++) {
            assertThat(reports.open(reference, submitted.key().value(), reporter))
                    .isPresent();
        }
    }

    @Test
    void once_a_reference_has_drawn_many_wrong_keys_each_client_gets_one_guess_at_it() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());
        String reference = submitted.reference().value();
        for (int attacker = 0; attacker < 4; attacker++) {
            String guesser = client();
            for (int i = 0; i < 5; i++) {
                assertThat(reports.open(reference, wrongKey(), guesser)).isEmpty();
            }
        }

        String latecomer = client();
        assertThat(reports.open(reference, wrongKey(), latecomer)).isEmpty();
        assertThatThrownBy(() -> reports.open(reference, wrongKey(), latecomer))
                .isInstanceOf(RateLimitedException.class);
        assertThat(reports.open(reference, submitted.key().value(), client())).isPresent();
    }

    @Test
    void wrong_keys_sent_at_the_same_moment_are_checked_no_more_often_than_allowed() throws Exception {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());
        String guesser = client();

        List<Object> outcomes =
                atOnce(8, () -> reports.open(submitted.reference().value(), wrongKey(), guesser));

        assertThat(outcomes).filteredOn(Optional.class::isInstance).hasSize(5);
        assertThat(outcomes).filteredOn(RateLimitedException.class::isInstance).hasSize(3);
    }

    @Test
    void sends_at_the_same_moment_from_one_client_get_no_more_than_its_allowance() throws Exception {
        String client = client();
        long before = repository.count();

        List<Object> outcomes = atOnce(8, () -> reports.submit(ReportDrafts.complete(Instant.now()), client));

        assertThat(outcomes).filteredOn(SubmittedReport.class::isInstance).hasSize(5);
        assertThat(outcomes).filteredOn(RateLimitedException.class::isInstance).hasSize(3);
        assertThat(repository.count()).isEqualTo(before + 5);
    }

    @Test
    void a_send_that_is_not_stored_costs_the_reporter_nothing() {
        String client = client();
        long before = repository.count();
        try (var failing = failInsideTheTransaction()) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> reports.submit(ReportDrafts.complete(Instant.now()), client))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(repository.count()).isEqualTo(before);

        for (int i = 0; i < 5; i++) {
            assertThat(reports.submit(ReportDrafts.complete(Instant.now()), client))
                    .isNotNull();
        }
    }

    @Test
    void a_report_stored_before_a_failure_is_sent_and_its_retry_stores_nothing_more() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        long before = repository.count();

        SubmittedReport submitted;
        try (var failing = failAfterTheCommit()) {
            submitted = reports.submit(draft, client());
        }

        assertThat(repository.count()).isEqualTo(before + 1);
        assertThat(repository.findByReference(submitted.reference().value())).isPresent();
        assertThat(reports.open(submitted.reference().value(), submitted.key().value(), client()))
                .isPresent();
        SubmittedReport retried = reports.submit(draft, client());
        assertThat(retried.reference()).isEqualTo(submitted.reference());
        assertThat(retried.key()).isEqualTo(submitted.key());
        assertThat(repository.count()).isEqualTo(before + 1);
    }

    @Test
    void the_same_draft_sent_twice_at_the_same_moment_is_stored_once() throws Exception {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        String client = client();
        long before = repository.count();

        List<Object> outcomes = atOnce(3, () -> reports.submit(draft, client));

        assertThat(outcomes)
                .hasOnlyElementsOfType(SubmittedReport.class)
                .extracting(sent -> ((SubmittedReport) sent).reference())
                .containsOnly(((SubmittedReport) outcomes.get(0)).reference());
        assertThat(repository.count()).isEqualTo(before + 1);
        // the sends that found the report stored by another gave their allowance back
        for (int i = 0; i < 4; i++) {
            reports.submit(ReportDrafts.complete(Instant.now()), client);
        }
    }

    @Test
    void a_retry_of_a_sent_draft_shows_the_same_reference_and_key_and_stores_nothing_more() {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        String client = client();
        SubmittedReport first = reports.submit(draft, client);
        long after = repository.count();
        for (int i = 0; i < 4; i++) {
            reports.submit(ReportDrafts.complete(Instant.now()), client);
        }

        // the client's allowance is used up, but a retry is not a new report
        SubmittedReport retried = reports.submit(draft, client);

        assertThat(retried.reference()).isEqualTo(first.reference());
        assertThat(retried.key()).isEqualTo(first.key());
        assertThat(repository.count()).isEqualTo(after + 4);
        assertThat(reports.open(retried.reference().value(), retried.key().value(), client()))
                .isPresent();
        assertThat(jdbc.queryForObject(
                        "select count(*) from report where idempotency_key = ?", Long.class, draft.idempotencyKey()))
                .isEqualTo(1);
    }

    @Test
    void one_client_may_look_up_reports_only_so_often() {
        SubmittedReport submitted = reports.submit(ReportDrafts.complete(Instant.now()), client());
        String client = client();
        for (int i = 0; i < 30; i++) {
            reports.open(unknownReference(), "AAAA", client);
        }

        assertThatThrownBy(() -> reports.open(
                        submitted.reference().value(), submitted.key().value(), client))
                .isInstanceOf(RateLimitedException.class);
        assertThat(reports.open(submitted.reference().value(), submitted.key().value(), client()))
                .isPresent();
    }

    /** Starts {@code count} calls at the same moment; each outcome is its result or what it threw. */
    static List<Object> atOnce(int count, Callable<Object> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> pending = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(count)) {
            for (int i = 0; i < count; i++) {
                pending.add(callers.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (RuntimeException thrown) {
                        return thrown;
                    }
                }));
            }
            start.countDown();
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> outcome : pending) {
            outcomes.add(outcome.get());
        }
        return outcomes;
    }

    /** Until closed, storing a report fails before its transaction commits: nothing is stored. */
    Injected failInsideTheTransaction() {
        return whenSubmitted(() -> {
            throw new IllegalStateException("the database refused the report (a test failure)");
        });
    }

    /**
     * Until closed, the report's transaction commits and then the caller is told it failed, as when a
     * connection drops while the commit is acknowledged.
     */
    Injected failAfterTheCommit() {
        return whenSubmitted(
                () -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        throw new TransientDataAccessResourceException(
                                "the connection dropped after the commit (a test failure)");
                    }
                }));
    }

    private Injected whenSubmitted(Runnable inTransaction) {
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof ReportSubmitted) {
                inTransaction.run();
            }
        };
        context.addApplicationListener(listener);
        return () -> context.removeApplicationListener(listener);
    }

    /** A failure made to happen until it is closed. */
    interface Injected extends AutoCloseable {
        @Override
        void close();
    }

    static String wrongKey() {
        return FollowUpKey.random(new java.util.SplittableRandom()).value();
    }

    /**
     * A reference no report has. Never a fixed one: on PostgreSQL the wrong-key allowances of
     * earlier runs are still counted within the hour.
     */
    static String unknownReference() {
        return ReportReference.random(new java.util.SplittableRandom()).value();
    }

    /** A client never seen before: each test has its own allowance. */
    static String client() {
        return java.util.UUID.randomUUID().toString();
    }

    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream()
                .filter(k -> k.equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow();
    }
}
