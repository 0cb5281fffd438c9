package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spotthesigns.reporting.FollowUpKey;
import org.spotthesigns.reporting.ReportReference;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.reporting.SubmittedReport;

class ReportJourneyTest {

    /** Outside a request there is no cookie, so nothing is kept outside the node: the drafts are never asked. */
    private final ReportJourney journey = new ReportJourney(Clock.systemUTC(), null, new DraftCookie(null, false));

    @Test
    void a_sign_a_link_brings_is_ticked_once_and_unticking_it_sticks() {
        journey.tickFromLink("two-phones");
        assertThat(journey.draft().getSigns()).containsExactly("two-phones");

        journey.draft().getSigns().remove("two-phones");
        journey.tickFromLink("two-phones"); // Back to the first step, whose address still names the sign

        assertThat(journey.draft().getSigns()).isEmpty();
    }

    @Test
    void a_kind_of_place_a_link_brings_is_chosen_unless_the_reporter_has_chosen_one() {
        journey.chooseFromLink("taxis-and-private-hire");
        assertThat(journey.draft().getPlaceKind()).isEqualTo("taxis-and-private-hire");

        journey.draft().setPlaceKind("banks");
        journey.chooseFromLink("taxis-and-private-hire"); // Back to the first step, whose address still names the place

        assertThat(journey.draft().getPlaceKind()).isEqualTo("banks");
    }

    @Test
    void the_step_a_refused_send_leads_to_shows_its_problems_once() {
        journey.needsAnswer(ReportStep.WHAT);

        assertThat(journey.takeNeedsAnswer(ReportStep.DANGER)).isFalse();
        journey.needsAnswer(ReportStep.WHAT);
        assertThat(journey.takeNeedsAnswer(ReportStep.WHAT)).isTrue();
        assertThat(journey.takeNeedsAnswer(ReportStep.WHAT))
                .as("a reload of the step")
                .isFalse();
    }

    @Test
    void a_new_draft_takes_the_sign_again() {
        journey.tickFromLink("lots-of-cash");
        journey.draft().getSigns().remove("lots-of-cash");
        journey.sent(new SubmittedReport(ReportReference.random(new Random()), FollowUpKey.random(new Random())));

        journey.tickFromLink("lots-of-cash");

        assertThat(journey.draft().getSigns()).containsExactly("lots-of-cash");
    }

    @Test
    void ending_forgets_every_answer_and_the_next_page_starts_a_new_draft() {
        journey.draft().setNoticed("Two phones at the station");
        journey.tickFromLink("two-phones");
        journey.needsAnswer(ReportStep.WHERE);
        org.spotthesigns.reporting.ReportDraft before = journey.draft();

        journey.end();

        assertThat(journey.draft()).isNotSameAs(before);
        assertThat(journey.draft().getNoticed()).isEmpty();
        assertThat(journey.draft().getSigns()).isEmpty();
        assertThat(journey.takeNeedsAnswer(ReportStep.WHERE)).isFalse();
        assertThat(journey.takeTimedOut())
                .as("without a cookie nothing was kept, so nothing timed out")
                .isFalse();
    }
}
