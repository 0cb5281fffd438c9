package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

/** Drafts kept before a vehicle had a colour and a make, and a booking a firm, still open. */
class KeptDraftFormatTest {

    @Test
    void a_draft_kept_before_vehicles_had_a_colour_and_a_make_opens_with_its_details() {
        DraftToken token = DraftToken.random();
        String followUpKey = FollowUpKey.random(new SplittableRandom(7)).value();
        String kept = """
                {"draft":"%s","page":"details","startedAt":"2026-11-29T10:00:00Z","idempotencyKey":"earlier",
                 "followUpKey":"%s","contactMe":false,
                 "details":[{"kind":"VEHICLE_REGISTRATION","value":"AB12 CDE"},{"kind":"NICKNAME","value":"Smokey"}]}
                """.formatted(token.id(), followUpKey);

        SavedDrafts.SavedDraft read = SavedDrafts.read(token, kept).orElseThrow();

        assertThat(read.page()).isEqualTo("details");
        assertThat(read.draft().getDetails())
                .containsExactly(
                        Detail.vehicle("AB12 CDE", "", ""), new Detail(DetailKind.NICKNAME, "Smokey", "", "", ""));
        assertThat(read.draft().language())
                .as("kept before the form had other languages")
                .isEqualTo("en");
    }

    @Test
    void a_kept_draft_opens_in_the_language_it_was_filled_in() {
        DraftToken token = DraftToken.random();
        String followUpKey = FollowUpKey.random(new SplittableRandom(7)).value();
        String kept = """
                {"draft":"%s","page":"what","startedAt":"2026-11-30T10:00:00Z","idempotencyKey":"earlier",
                 "followUpKey":"%s","contactMe":false,"language":"ur"}
                """.formatted(token.id(), followUpKey);

        assertThat(SavedDrafts.read(token, kept).orElseThrow().draft().language())
                .isEqualTo("ur");
    }
}
