package org.spotthesigns.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotthesigns.moderation.Referral.Shared;
import org.spotthesigns.reporting.AnsweredQuestions;
import org.spotthesigns.reporting.AnsweredQuestions.Words;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.triage.TriagedReport;

/**
 * Writes the plain-text letter that refers a report to an agency: the reporter's chosen answers,
 * triage's priority and reasons, the place and time, details such as registrations and
 * nicknames, and the reference. The reporter's own words (what they noticed, the location in
 * words, their messages) and their contact details go in only when ticked, one by one. The letter
 * is plain text: whatever the reporter typed stays characters, never markup.
 */
public final class ReferralLetter {

    /** The answers that carry the reporter's own words or contact details, and the tick each needs. */
    private static final Map<String, Shared> TICKED = Map.of(
            "report.field.noticed", Shared.NOTICED,
            "report.field.location", Shared.LOCATION,
            "report.field.contactMe", Shared.CONTACT);

    private ReferralLetter() {}

    /**
     * The letter for {@code report}, in {@code locale}.
     *
     * @param answers the report's answers, question by question ({@link AnsweredQuestions#stored})
     * @param agency the agency's name, as the letter shows it
     */
    public static String write(
            ReportCase report,
            List<AnsweredQuestions.Row> answers,
            Optional<TriagedReport> triage,
            String agency,
            String agencyReference,
            Set<Shared> shared,
            Locale locale,
            Words words) {
        StringBuilder letter = new StringBuilder();
        letter.append(words.of("referral.letter.title", report.reference())).append("\n\n");
        letter.append(words.of("referral.letter.to", agency)).append('\n');
        if (!agencyReference.isEmpty()) {
            letter.append(words.of("referral.letter.theirReference", agencyReference))
                    .append('\n');
        }
        letter.append(words.of(
                        "referral.letter.received",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                .withLocale(locale)
                                .withZone(ZoneOffset.UTC)
                                .format(report.submittedAt())))
                .append('\n');
        if (report.priority() != null) {
            letter.append(words.of("referral.letter.priority", "P" + report.priority()))
                    .append('\n');
        }
        if (report.priorityOverrideReason() != null) {
            letter.append(words.of("referral.letter.priorityOverridden")).append('\n');
        }
        triage.ifPresent(found -> {
            letter.append(words.of(
                            "referral.letter.triage", found.outcome().priority().name()))
                    .append('\n');
            found.outcome()
                    .reasons()
                    .forEach(reason -> letter.append("- ").append(reason).append('\n'));
        });
        letter.append('\n');
        for (AnsweredQuestions.Row row : answers) {
            Shared needs = TICKED.get(row.questionKey());
            if (row.answer().isEmpty() || needs != null && !shared.contains(needs)) {
                continue;
            }
            letter.append(words.of(row.questionKey()))
                    .append('\n')
                    .append(row.answer())
                    .append("\n\n");
        }
        if (shared.contains(Shared.MESSAGES)) {
            List<ReportCase.Message> fromReporter = report.messages().stream()
                    .filter(m -> m.author() == Author.REPORTER)
                    .toList();
            if (!fromReporter.isEmpty()) {
                letter.append(words.of("referral.letter.messages")).append('\n');
                DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZoneOffset.UTC);
                fromReporter.forEach(m -> letter.append(when.format(m.sentAt()))
                        .append('\n')
                        .append(m.body())
                        .append("\n\n"));
            }
        }
        List<Shared> leftOut = java.util.Arrays.stream(Shared.values())
                .filter(s -> !shared.contains(s))
                .toList();
        if (!leftOut.isEmpty()) {
            letter.append(words.of(
                            "referral.letter.leftOut",
                            leftOut.stream()
                                    .map(s -> words.of("referral.shared." + s.name()))
                                    .collect(Collectors.joining(", "))))
                    .append('\n');
        }
        return letter.toString();
    }

    /** The SHA-256 of the letter's text as UTF-8, in lower-case hexadecimal. */
    public static String sha256(String letter) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(letter.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
