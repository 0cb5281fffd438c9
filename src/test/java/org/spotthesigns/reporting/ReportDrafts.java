package org.spotthesigns.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

/** Reports as tests need them. */
public final class ReportDrafts {

    private ReportDrafts() {}

    /**
     * Every question answered, with details and contact details, started three minutes before
     * {@code now}. The registration, phone number, nickname and location are fresh each time, so
     * reports from different tests are never linked to each other by triage.
     */
    public static ReportDraft complete(Instant now) {
        ReportDraft draft = new ReportDraft(now.minusSeconds(180));
        draft.setDangerNow(Answer.NO);
        draft.setConcernFor(ConcernFor.CHILD);
        draft.setAgeBand(AgeBand.AGE_13_TO_17);
        draft.setSigns(Set.of("two-phones", "lots-of-cash"));
        draft.setNoticed("A boy of about 14 with two phones and a roll of notes, waiting at the bus station.");
        draft.setPlaceKind("banks");
        draft.setTown("leicester");
        draft.setLocation("Outside number " + digits(6) + " on the high street");
        draft.setSeenOn(LocalDate.of(2026, 11, 28));
        draft.setSeenAt(LocalTime.of(15, 30));
        draft.setStillHappening(Answer.NOT_SURE);
        draft.setHappenedBefore(Answer.YES);
        draft.setDetails(List.of(
                new Detail(DetailKind.VEHICLE_REGISTRATION, letters(2) + digits(2) + " " + letters(3)),
                new Detail(DetailKind.NICKNAME, "Smokey " + letters(6)),
                new Detail(DetailKind.PHONE_NUMBER, "07" + digits(3) + " " + digits(6))));
        draft.setContactMe(true);
        draft.setContactName("Sam");
        draft.setContactPhone("07700 900456");
        draft.setContactEmail("sam@example.org");
        draft.setContactNotes("Weekday evenings");
        return draft;
    }

    /** Random digits, for details no other test will type. */
    public static String digits(int count) {
        return random(count, "0123456789");
    }

    /** Random capitals as registrations use them. */
    public static String letters(int count) {
        return random(count, "ABCDEFGHJKLMNPRSTUVWXYZ");
    }

    private static String random(int count, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
