package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What keeping a reporter's draft outside the node must do on every database the portal supports. */
abstract class SavedDraftsContract {

    /** Words no other test types, with what hostile input brings: markup, a bidi override, half a pair. */
    static final String NOTICED =
            "Two phones, a silver car \u202E<script>alert(1)</script> \uD83D and \u0928\u092E\u0938\u094D\u0924\u0947";

    @Autowired
    SavedDrafts saved;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext web;

    @Value("${server.servlet.session.timeout:30m}")
    java.time.Duration timeout;

    static ReportDraft hostileDraft() {
        ReportDraft draft = ReportDrafts.complete(Instant.parse("2026-11-30T10:00:00Z"));
        draft.setNoticed(NOTICED + " " + ReportDrafts.digits(8));
        draft.setDetails(List.of(
                new Detail(DetailKind.NICKNAME, "Smokey " + ReportDrafts.letters(6)),
                new Detail(DetailKind.PHONE_NUMBER, "07" + ReportDrafts.digits(9)),
                Detail.vehicle("AB12 <i>" + ReportDrafts.letters(3), "Silver \u202E", "<script>alert(1)</script>"),
                Detail.vehicle("", "Dark blue " + ReportDrafts.letters(5), ""),
                Detail.booking(
                        "job \uD83D" + ReportDrafts.digits(6), "Fast \"Cars\" & Co " + ReportDrafts.letters(4))));
        draft.setContactName("Sam " + ReportDrafts.letters(8));
        draft.setWebsite("filled by a program");
        // the Where step's answers: a journey, and a postcode whose district alone is kept
        draft.setJourney(true);
        draft.setJourneyTo("loughborough");
        draft.setPostcodeDistrict("LE11 3AB");
        return draft;
    }

    static void assertSameAnswers(ReportDraft actual, ReportDraft expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .ignoringFields("idempotencyKey", "followUpKey")
                .isEqualTo(expected);
        assertThat(actual.idempotencyKey()).isEqualTo(expected.idempotencyKey());
        assertThat(actual.followUpKey()).isEqualTo(expected.followUpKey());
    }

    @Test
    void a_kept_draft_comes_back_with_every_answer_as_typed_its_keys_and_its_page() {
        ReportDraft draft = hostileDraft();
        DraftToken token = DraftToken.random();

        assertThat(saved.save(token, draft, "about-you")).isTrue();
        SavedDrafts.SavedDraft loaded = saved.load(token).orElseThrow();

        assertSameAnswers(loaded.draft(), draft);
        assertThat(loaded.draft().getNoticed()).isEqualTo(draft.getNoticed());
        assertThat(loaded.page()).isEqualTo("about-you");
        assertThat(loaded.draft().isJourney()).isTrue();
        assertThat(loaded.draft().getJourneyTo()).isEqualTo("loughborough");
        assertThat(loaded.draft().getPostcodeDistrict()).isEqualTo("LE11");

        draft.setLocation("Changed on the next step " + ReportDrafts.digits(5));
        saved.save(token, draft, "check");
        assertThat(saved.load(token).orElseThrow())
                .satisfies(again -> assertThat(again.draft().getLocation()).isEqualTo(draft.getLocation()))
                .satisfies(again -> assertThat(again.page()).isEqualTo("check"));
        assertThat(jdbc.queryForObject("select count(*) from report_draft where id = ?", Integer.class, token.id()))
                .isEqualTo(1);
    }

    /** A date refused on the "when" step comes back to another node as it was typed, to be corrected there. */
    @Test
    void a_date_typed_into_its_three_boxes_comes_back_as_typed_even_when_it_names_no_date() {
        ReportDraft draft = hostileDraft();
        DayMonthYear typed = new DayMonthYear("31", " \u0660\u0662", "2026<b>" + ReportDrafts.digits(3));
        draft.setSeenOnTyped(typed);
        DraftToken token = DraftToken.random();

        assertThat(saved.save(token, draft, "when")).isTrue();
        ReportDraft loaded = saved.load(token).orElseThrow().draft();

        assertSameAnswers(loaded, draft);
        assertThat(loaded.getSeenOnTyped()).isEqualTo(typed);
        assertThat(loaded.getSeenOn()).isNull();

        draft.setSeenOnTyped(new DayMonthYear("", "11", ""));
        saved.save(token, draft, "when");
        assertThat(saved.load(token).orElseThrow().draft().getSeenOnTyped()).isEqualTo(new DayMonthYear("", "11", ""));
    }

    @Test
    void the_stored_row_holds_no_answer_in_clear_and_only_a_hash_of_the_secret() {
        ReportDraft draft = hostileDraft();
        DraftToken token = DraftToken.random();
        saved.save(token, draft, "check");

        Map<String, Object> row = jdbc.queryForMap("select * from report_draft where id = ?", token.id());
        String stored = (String) row.get("answers");
        String everything = row.values().toString();
        // after the header naming the key that sealed it (v1:<key id>:)
        byte[] decoded = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
        String decodedAsText = new String(decoded, StandardCharsets.ISO_8859_1);
        for (String answer : List.of(
                draft.getNoticed().substring(draft.getNoticed().length() - 8),
                "silver car",
                draft.getLocation(),
                draft.getContactName(),
                draft.getContactEmail(),
                draft.getDetails().get(1).value(),
                draft.getDetails().get(3).colour(),
                draft.getDetails().get(4).value(),
                draft.getDetails().get(4).firm(),
                draft.idempotencyKey(),
                draft.followUpKey().value(),
                "two-phones",
                "leicester",
                "loughborough",
                "LE11",
                "banks")) {
            assertThat(everything).doesNotContain(answer);
            assertThat(decodedAsText).doesNotContain(answer);
        }
        assertThat(everything).doesNotContain(token.secret());
        assertThat(row.get("secret_hash")).isEqualTo(token.secretHash());
        // nonce, ciphertext and tag: nothing of the JSON it came from
        assertThat(decodedAsText).doesNotContain("noticed", "dangerNow", "idempotencyKey");
    }

    @Test
    void a_wrong_secret_neither_opens_nor_ends_a_draft() {
        DraftToken token = DraftToken.random();
        saved.save(token, hostileDraft(), "what");
        DraftToken guess = new DraftToken(token.id(), DraftToken.random().secret());

        assertThat(saved.load(guess)).isEmpty();
        saved.end(guess);

        assertThat(saved.load(token)).isPresent();
    }

    @Test
    void a_draft_untouched_for_the_session_timeout_is_never_loaded_and_the_job_deletes_it() {
        DraftToken old = DraftToken.random();
        DraftToken recent = DraftToken.random();
        saved.save(old, hostileDraft(), "when");
        saved.save(recent, hostileDraft(), "when");
        jdbc.update(
                "update report_draft set touched_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(timeout).minusSeconds(5)),
                old.id());

        assertThat(saved.load(old)).isEmpty();
        assertThat(saved.deleteExpired()).isPositive();

        assertThat(jdbc.queryForObject("select count(*) from report_draft where id = ?", Integer.class, old.id()))
                .isZero();
        assertThat(saved.load(recent)).isPresent();
    }

    @Test
    void keep_going_touches_the_draft_so_it_lasts_another_session_timeout_and_a_wrong_secret_touches_nothing() {
        DraftToken token = DraftToken.random();
        saved.save(token, hostileDraft(), "where");
        java.sql.Timestamp nearlyExpired = java.sql.Timestamp.from(Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .minus(timeout)
                .plusSeconds(30));
        jdbc.update("update report_draft set touched_at = ? where id = ?", nearlyExpired, token.id());

        assertThat(saved.touch(new DraftToken(token.id(), DraftToken.random().secret())))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select touched_at from report_draft where id = ?", java.sql.Timestamp.class, token.id()))
                .isEqualTo(nearlyExpired);

        assertThat(saved.touch(token)).isTrue();
        assertThat(jdbc.queryForObject(
                                "select touched_at from report_draft where id = ?",
                                java.sql.Timestamp.class,
                                token.id())
                        .toInstant())
                .isAfter(Instant.now().minusSeconds(60));
        assertThat(saved.touch(DraftToken.random()))
                .as("no draft kept under it")
                .isFalse();
    }

    @Test
    void a_sent_draft_ends_and_opens_nothing_afterwards() {
        DraftToken token = DraftToken.random();
        saved.save(token, hostileDraft(), "check");

        saved.end(token);

        assertThat(saved.load(token)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from report_draft where id = ?", Integer.class, token.id()))
                .isZero();
    }

    @Test
    void exit_this_page_deletes_the_draft_and_clears_its_cookie() throws Exception {
        MockMvc portal = MockMvcBuilders.webAppContextSetup(web)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        DraftToken token = DraftToken.random();
        DraftToken other = DraftToken.random();
        saved.save(token, hostileDraft(), "where");
        saved.save(other, hostileDraft(), "where");

        MvcResult exit = portal.perform(post("/exit-this-page").cookie(new Cookie("report-draft", token.value())))
                .andReturn();

        assertThat(exit.getResponse().getStatus()).isEqualTo(204);
        assertThat(exit.getResponse().getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("report-draft=;")
                        .contains("Max-Age=0", "Path=/", "HttpOnly", "SameSite=Lax"));
        assertThat(jdbc.queryForObject("select count(*) from report_draft where id = ?", Integer.class, token.id()))
                .isZero();
        assertThat(saved.load(other)).isPresent();
        // a cookie this portal never made, or none at all, changes nothing and still leaves
        for (Cookie cookie :
                List.of(new Cookie("report-draft", "x.y';drop table report_draft"), new Cookie("a", "b"))) {
            assertThat(portal.perform(post("/exit-this-page").cookie(cookie))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(204);
        }
        assertThat(saved.load(other)).isPresent();
    }
}
