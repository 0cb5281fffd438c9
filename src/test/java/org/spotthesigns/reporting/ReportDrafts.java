package org.spotthesigns.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.spotthesigns.reporting.ReportDraft.AgeBand;
import org.spotthesigns.reporting.ReportDraft.Answer;
import org.spotthesigns.reporting.ReportDraft.ConcernFor;
import org.spotthesigns.reporting.ReportDraft.Detail;
import org.spotthesigns.reporting.ReportDraft.DetailKind;

/** Reports as tests need them. */
public final class ReportDrafts {

    private ReportDrafts() {
    }

    /** Every question answered, with details and contact details, started three minutes before {@code now}. */
    public static ReportDraft complete(Instant now) {
        ReportDraft draft = new ReportDraft(now.minusSeconds(180));
        draft.setDangerNow(Answer.NO);
        draft.setConcernFor(ConcernFor.CHILD);
        draft.setAgeBand(AgeBand.AGE_13_TO_17);
        draft.setSigns(Set.of("two-phones", "lots-of-cash"));
        draft.setNoticed("A boy of about 14 with two phones and a roll of notes, waiting at the bus station.");
        draft.setPlaceKind("banks");
        draft.setArea("leicester");
        draft.setLocation("Outside the bank on the high street");
        draft.setSeenOn(LocalDate.of(2026, 11, 28));
        draft.setSeenAt(LocalTime.of(15, 30));
        draft.setStillHappening(Answer.NOT_SURE);
        draft.setHappenedBefore(Answer.YES);
        draft.setDetails(List.of(new Detail(DetailKind.VEHICLE_REGISTRATION, "AB12 CDE"),
                new Detail(DetailKind.NICKNAME, "Smokey"), new Detail(DetailKind.PHONE_NUMBER, "07700 900123")));
        draft.setContactMe(true);
        draft.setContactName("Sam");
        draft.setContactPhone("07700 900456");
        draft.setContactEmail("sam@example.org");
        draft.setContactNotes("Weekday evenings");
        return draft;
    }
}
