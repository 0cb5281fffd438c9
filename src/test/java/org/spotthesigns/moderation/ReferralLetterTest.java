package org.spotthesigns.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.spotthesigns.moderation.Referral.Shared;
import org.spotthesigns.moderation.internal.ReferralPdf;
import org.spotthesigns.reporting.AnsweredQuestions.Row;
import org.spotthesigns.reporting.AnsweredQuestions.Words;
import org.spotthesigns.reporting.FollowUp.Author;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportStep;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageOutcome;
import org.spotthesigns.triage.TriagedReport;

/** The referral letter: what it carries, what it leaves out unless ticked, and the reporter's words kept inert. */
class ReferralLetterTest {

    private static final String HOSTILE = "<script>alert(1)</script> ) Tj ET BT (=HYPERLINK(\"x\") %PDF-1.7 {0}";
    private static final Words KEYS = (key, arguments) -> key + (arguments.length == 0 ? "" : List.of(arguments));

    private final ReportCase report = new ReportCase(
            "ABCD-EFGH-J",
            Instant.parse("2026-11-28T15:30:00Z"),
            ReportStatus.IN_REVIEW,
            1,
            1,
            null,
            null,
            false,
            "alice",
            false,
            new ReportDraft(Instant.now()),
            List.of(
                    new ReportCase.Message(
                            Author.MODERATOR, "alice", "What time was it?", Instant.parse("2026-11-29T09:00:00Z")),
                    new ReportCase.Message(
                            Author.REPORTER,
                            null,
                            "Half past three " + HOSTILE,
                            Instant.parse("2026-11-29T10:00:00Z"))),
            List.of(),
            List.of(),
            3);

    private final List<Row> answers = List.of(
            new Row(ReportStep.WHO, "report.field.ageBand", "13 to 17"),
            new Row(ReportStep.WHAT, "report.field.noticed", "He had two phones " + HOSTILE),
            new Row(ReportStep.WHERE, "report.field.area", "Leicester"),
            new Row(ReportStep.WHERE, "report.field.location", "Outside the chip shop on Narborough Road"),
            new Row(ReportStep.WHEN, "report.field.seenOn", "28 November 2026"),
            new Row(
                    ReportStep.DETAILS,
                    "report.step.details.title",
                    "Vehicle registration: AB12 CDE\nNickname: Smokey"),
            new Row(ReportStep.ABOUT_YOU, "report.field.contactMe", "Sam\n07700 900456\nsam@example.org"));

    private final Optional<TriagedReport> triage = Optional.of(new TriagedReport(
            "ABCD-EFGH-J",
            new TriageOutcome(
                    Priority.P1, 70, List.of(new TriageOutcome.Reason("age", "Under 18", 30)), "1", List.of()),
            Instant.now(),
            Instant.now()));

    @Test
    void
            the_letter_carries_the_answers_priority_reasons_details_and_reference_and_none_of_the_reporters_words_unless_ticked() {
        String letter = ReferralLetter.write(
                report, answers, triage, "Leicestershire Police", "LP-1", Set.of(), Locale.UK, KEYS);

        assertThat(letter)
                .contains(
                        "ABCD-EFGH-J",
                        "Leicestershire Police",
                        "LP-1",
                        "P1",
                        "Under 18: +30",
                        "13 to 17",
                        "Leicester",
                        "28 November 2026",
                        "AB12 CDE",
                        "Smokey");
        assertThat(letter)
                .doesNotContain(
                        "two phones",
                        "chip shop",
                        "Sam",
                        "07700 900456",
                        "sam@example.org",
                        "Half past three",
                        "What time was it?");
        assertThat(letter).contains("referral.letter.leftOut");
    }

    @Test
    void each_tick_adds_only_its_own_words_and_the_moderators_messages_never_go() {
        assertThat(ReferralLetter.write(report, answers, triage, "A", "1", Set.of(Shared.NOTICED), Locale.UK, KEYS))
                .contains("two phones")
                .doesNotContain("chip shop", "07700 900456", "Half past three");
        assertThat(ReferralLetter.write(report, answers, triage, "A", "1", Set.of(Shared.LOCATION), Locale.UK, KEYS))
                .contains("chip shop")
                .doesNotContain("two phones", "07700 900456", "Half past three");
        assertThat(ReferralLetter.write(report, answers, triage, "A", "1", Set.of(Shared.CONTACT), Locale.UK, KEYS))
                .contains("Sam\n07700 900456\nsam@example.org")
                .doesNotContain("two phones", "chip shop", "Half past three");
        String all =
                ReferralLetter.write(report, answers, triage, "A", "1", EnumSet.allOf(Shared.class), Locale.UK, KEYS);
        assertThat(all)
                .contains("two phones", "chip shop", "07700 900456", "Half past three")
                .doesNotContain("What time was it?", "referral.letter.leftOut");
    }

    @Test
    void hostile_words_stay_characters_in_the_text_and_in_the_pdf() throws Exception {
        String letter =
                ReferralLetter.write(report, answers, triage, "A", "1", EnumSet.allOf(Shared.class), Locale.UK, KEYS);
        assertThat(letter).contains("He had two phones " + HOSTILE, "Half past three " + HOSTILE);

        byte[] pdf = ReferralPdf.of("Referral", letter);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted.replaceAll("\\s+", " ")).contains("He had two phones " + HOSTILE, "AB12 CDE");
            // the reporter's words are drawn, not run: no script, no form, no link in the document
            assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
            assertThat(document.getPage(0).getAnnotations()).isEmpty();
            assertThat(document.getDocumentCatalog().getNames()).isNull();
        }
    }

    @Test
    void the_pdf_draws_the_areas_scripts_with_fonts_it_carries_and_wraps_long_words_onto_more_pages() throws Exception {
        String words = "Polish: Zażółć gęślą jaźń\nGujarati: ગુજરાતી\nPunjabi: ਪੰਜਾਬੀ\nUrdu: اردو\nSomali: Soomaali\n"
                + "x".repeat(5000) + "\n" + "line\n".repeat(80);

        byte[] pdf = ReferralPdf.of("Referral", words);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document);
            assertThat(extracted).contains("Zażółć gęślą jaźń", "Soomaali");
            // drawn glyph by glyph: the letters come back, in the order they were drawn
            assertThat(extracted).contains("ગ", "ਪ");
            assertThat(extracted.replaceAll("\\s+", "")).contains("x".repeat(5000));
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getPage(0).getResources().getFontNames()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void the_hash_is_the_sha256_of_the_letter_as_utf8() {
        assertThat(ReferralLetter.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
