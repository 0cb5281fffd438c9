package org.spotthesigns.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.spotthesigns.moderation.SearchWords;
import org.spotthesigns.reporting.ReportReference;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with realistic reports for benchmarks: a year of them, mostly closed, with
 * the mix of priorities, areas, places, signs and statuses a busy portal would see. It writes
 * straight to the tables in batches (the reporting service hashes every follow-up key slowly, on
 * purpose), and is never part of the portal's start-up.
 */
public final class ReportGenerator {

    private static final String[] AREAS = {
        "leicester",
        "leicester",
        "leicester",
        "blaby",
        "charnwood",
        "harborough",
        "hinckley-and-bosworth",
        "melton",
        "north-west-leicestershire",
        "oadby-and-wigston",
        "rutland",
        "outside-the-area",
        "not-sure"
    };
    private static final String[] PLACES = {
        "public-transport",
        "food-and-roadside",
        "hotels-and-rented-rooms",
        "salons-and-car-washes",
        "banks",
        "taxis-and-private-hire",
        "delivery-routes",
        "shops"
    };
    private static final String[] SIGNS = {
        "anxious-or-lost",
        "travelling-alone",
        "two-phones",
        "lots-of-cash",
        "under-the-influence",
        "controlled-by-others",
        "begging",
        "stealing"
    };
    private static final String[] WHO = {
        "A boy of about 14",
        "A girl who looked 15",
        "A young lad in a school blazer",
        "Two teenagers",
        "A man in his twenties who seemed confused",
        "A girl of about 12",
        "A young man with a holdall"
    };
    private static final String[] WHAT = {
        "kept answering two different phones",
        "paid for everything with a roll of twenties",
        "was collected by an older man in a silver car",
        "asked which train went back to London",
        "looked frightened and would not say where he lived",
        "had new trainers and a lot of cash",
        "was told what to say by the man with him",
        "came in late at night on his own again"
    };
    private static final String[] WHEN = {
        "just after midnight",
        "on a school morning",
        "at about four in the afternoon",
        "late on Friday",
        "three days running",
        "every weekend lately"
    };
    private static final String[] MODERATORS = {"alice", "bilal", "chen", "dana", "eve", "farah", "gus", "hana"};
    /** Any bcrypt hash will do: nobody follows these reports up. */
    private static final String KEY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoO5Zk7s1e0W2wQeGZ3s9X3y6cC3G5W5a.";

    private final JdbcTemplate jdbc;
    private final SplittableRandom random = new SplittableRandom(20261129);
    private final Set<String> references = new HashSet<>();

    public ReportGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds {@code count} reports received over the year before {@code now}. */
    public void generate(int count, Instant now) {
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from report", Long.class);
        long firstCaseId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from report_case", Long.class);
        int batch = 2_000;
        for (int start = 0; start < count; start += batch) {
            List<Object[]> reports = new ArrayList<>();
            List<Object[]> cases = new ArrayList<>();
            List<Object[]> signs = new ArrayList<>();
            List<Object[]> changes = new ArrayList<>();
            List<Object[]> words = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + batch); i++) {
                long id = firstId + i;
                long caseId = firstCaseId + i;
                Instant submitted = now.minusSeconds(random.nextLong(365L * 24 * 3600));
                boolean recent = submitted.isAfter(now.minus(Duration.ofDays(21)));
                String status = status(recent);
                int priority = priority();
                Instant deadline = submitted.plus(Duration.ofHours(
                        switch (priority) {
                            case 1 -> 1;
                            case 2 -> 4;
                            case 3 -> 24;
                            default -> 72;
                        }));
                String assigned = status.equals("NEW") ? null : MODERATORS[random.nextInt(MODERATORS.length)];
                String noticed =
                        pick(WHO) + " " + pick(WHAT) + " " + pick(WHEN) + ". " + pick(WHO) + " " + pick(WHAT) + ".";
                String location = "Near the "
                        + pick(new String[] {"station", "bus stop", "chip shop", "car wash", "retail park", "bank"});
                java.util.Set<String> caseWords = SearchWords.of(noticed, location);
                for (String word : caseWords) {
                    words.add(new Object[] {caseId, word});
                }
                Instant updated =
                        status.equals("NEW") ? submitted : submitted.plus(Duration.ofHours(1 + random.nextInt(200)));
                String reference = freshReference();
                String place = pick(PLACES);
                String area = pick(AREAS);
                reports.add(new Object[] {
                    id,
                    reference,
                    KEY_HASH,
                    ts(submitted),
                    "generated",
                    random.nextInt(20) == 0 ? "YES" : "NO",
                    random.nextInt(10) == 0 ? "MYSELF" : "CHILD",
                    band(),
                    noticed,
                    place,
                    area,
                    location,
                    LocalDate.ofInstant(submitted, ZoneOffset.UTC),
                    pick(new String[] {"YES", "NO", "NOT_SURE"}),
                    pick(new String[] {"YES", "NO", "NOT_SURE"}),
                    publicStatus(status),
                    30 + random.nextInt(600)
                });
                cases.add(new Object[] {
                    caseId,
                    reference,
                    ts(submitted),
                    area,
                    place,
                    noticed,
                    status,
                    priority,
                    priority,
                    ts(deadline),
                    random.nextInt(33) == 0,
                    assigned,
                    ts(updated),
                    String.join(" ", caseWords)
                });
                signs.add(new Object[] {id, SIGNS[random.nextInt(4)]});
                signs.add(new Object[] {id, SIGNS[4 + random.nextInt(4)]});
                changes.add(new Object[] {caseId, "NEW", ts(submitted), null});
                if (!status.equals("NEW")) {
                    changes.add(new Object[] {caseId, status, ts(updated), assigned});
                }
            }
            jdbc.batchUpdate("""
                    insert into report (id, reference, follow_up_key_hash, submitted_at, content_release, danger_now,
                        concern_for, age_band, noticed, place_kind, area, location, seen_on, still_happening, happened_before,
                        contact_me, public_status, honeypot_filled, seconds_to_complete, link_count, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, false, ?, 0, 0)""", reports);
            jdbc.batchUpdate("""
                    insert into report_case (id, reference, submitted_at, area, place_kind, noticed, status, priority,
                        triage_priority, deadline, suspected_spam, assigned_to, reporter_replied, updated_at, version,
                        search_text)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, 0, ?)""", cases);
            jdbc.batchUpdate("insert into report_sign (report_id, sign_id) values (?, ?)", signs);
            jdbc.batchUpdate("insert into case_word (case_id, word) values (?, ?)", words);
            jdbc.batchUpdate(
                    "insert into case_status_change (case_id, status, changed_at, changed_by) values (?, ?, ?, ?)",
                    changes);
        }
    }

    private String status(boolean recent) {
        int roll = random.nextInt(100);
        if (recent) {
            return roll < 45 ? "NEW" : roll < 80 ? "IN_REVIEW" : roll < 90 ? "REFERRED" : "NO_FURTHER_ACTION";
        }
        return roll < 2
                ? "NEW"
                : roll < 6
                        ? "IN_REVIEW"
                        : roll < 30 ? "REFERRED" : roll < 85 ? "NO_FURTHER_ACTION" : roll < 93 ? "DUPLICATE" : "SPAM";
    }

    private static String publicStatus(String status) {
        return switch (status) {
            case "NEW" -> "RECEIVED";
            case "IN_REVIEW" -> "BEING_LOOKED_AT";
            case "REFERRED" -> "PASSED_ON";
            default -> "CLOSED";
        };
    }

    private int priority() {
        int roll = random.nextInt(100);
        return roll < 5 ? 1 : roll < 20 ? 2 : roll < 60 ? 3 : 4;
    }

    private String band() {
        return pick(
                new String[] {"UNDER_13", "AGE_13_TO_17", "AGE_13_TO_17", "AGE_18_TO_24", "AGE_25_OR_OVER", "NOT_SURE"
                });
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String freshReference() {
        String reference;
        do {
            reference = ReportReference.random(random).value();
        } while (!references.add(reference));
        return reference;
    }
}
