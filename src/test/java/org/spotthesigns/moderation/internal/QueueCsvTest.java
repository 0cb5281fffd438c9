package org.spotthesigns.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.spotthesigns.moderation.QueueRow;
import org.spotthesigns.moderation.ReportStatus;
import org.spotthesigns.reporting.ReportDraft.AgeBand;

/**
 * The export partner agencies receive: the reporter's words exactly as stored (formula-safe), and
 * beside them the same words HTML-escaped, for the agencies whose systems import the CSV into web
 * pages.
 */
class QueueCsvTest {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.UK);

    @Test
    void the_words_are_exported_as_typed_and_again_html_escaped() throws IOException {
        List<CSVRecord> records = export(
                "&#60;img src=x onerror=alert(1)&#62; He wrote <script> in the chat",
                "=HYPERLINK(\"http://x\") x<y & \"age\"<13 {{hello}} it's");

        assertThat(records.get(0).get("What was noticed"))
                .isEqualTo("&#60;img src=x onerror=alert(1)&#62; He wrote <script> in the chat");
        assertThat(records.get(0).get("What was noticed (HTML-escaped)"))
                .isEqualTo("&amp;#60;img src=x onerror=alert(1)&amp;#62; He wrote &lt;script&gt; in the chat");
        assertThat(records.get(1).get("What was noticed"))
                .isEqualTo("'=HYPERLINK(\"http://x\") x<y & \"age\"<13 {{hello}} it's");
        assertThat(records.get(1).get("What was noticed (HTML-escaped)"))
                .isEqualTo("'=HYPERLINK(&quot;http://x&quot;) x&lt;y &amp; &quot;age&quot;&lt;13 {{hello}} it&#39;s");
    }

    @Test
    void letters_of_every_script_pass_through_the_escaped_column_unchanged() throws IOException {
        String words =
                "Zo\u00e9 \u0a97\u0ac1\u0a9c\u0ab0\u0abe\u0aa4\u0ac0 \u0627\u0631\u062f\u0648 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

        CSVRecord record = export(words).get(0);

        assertThat(record.get("What was noticed")).isEqualTo(words);
        assertThat(record.get("What was noticed (HTML-escaped)")).isEqualTo(words);
    }

    @Test
    void times_are_local_and_statuses_ages_signs_flags_and_agencies_are_in_words() throws IOException {
        QueueRow referred = new QueueRow(
                "K7M-4QX-9TD",
                Instant.parse("2026-11-30T09:35:45.618469Z"),
                ReportStatus.IN_REVIEW,
                1,
                Instant.parse("2026-11-30T10:35:00Z"),
                "leicester",
                "banks",
                "=alice",
                false,
                true,
                "He gave her a phone",
                true,
                AgeBand.UNDER_13,
                List.of("gifts", "older-friends"),
                true,
                false,
                "pl");
        // British Summer Time: an hour ahead of UTC
        QueueRow summer = new QueueRow(
                "ABC-DEF-GHJ",
                Instant.parse("2026-07-01T09:35:00Z"),
                ReportStatus.NO_FURTHER_ACTION,
                null,
                null,
                "leicester",
                "banks",
                null,
                true,
                false,
                "Same again",
                false,
                null,
                List.of(),
                false,
                false,
                "en");

        CSVRecord record = export(List.of(referred, summer), Map.of("K7M-4QX-9TD", "leicestershire-police"))
                .getFirst();
        CSVRecord other = export(List.of(referred, summer), Map.of()).get(1);

        assertThat(record.get("Received")).isEqualTo("30/11/2026 09:35");
        assertThat(record.get("Due")).isEqualTo("30/11/2026 10:35");
        assertThat(record.get("Status")).isEqualTo("In review");
        assertThat(record.get("Area")).isEqualTo("Leicester");
        assertThat(record.get("Kind of place")).isEqualTo("Banks");
        assertThat(record.get("Claimed by")).isEqualTo("'=alice");
        assertThat(record.get("Referred to")).isEqualTo("Leicestershire Police");
        assertThat(record.get("Age")).isEqualTo("Under 13");
        assertThat(record.get("Signs")).isEqualTo("Gifts from someone older; Older friends");
        assertThat(record.get("Written in")).isEqualTo("Polish");
        // exported at 11:00 UTC, after the deadline
        assertThat(record.get("Flags")).isEqualTo("Danger now; Under 13; Overdue; Linked; Reporter replied");
        assertThat(record.get("Suspected spam")).isEqualTo("no");
        assertThat(other.get("Received")).isEqualTo("01/07/2026 10:35");
        assertThat(other.get("Status")).isEqualTo("No further action");
        assertThat(other.get("Due")).isEmpty();
        assertThat(other.get("Referred to")).isEmpty();
        assertThat(other.get("Age")).isEmpty();
        assertThat(other.get("Signs")).isEmpty();
        assertThat(other.get("Written in")).isEqualTo("English");
        assertThat(other.get("Flags")).isEqualTo("Suspected spam");
        assertThat(other.get("Suspected spam")).isEqualTo("yes");
    }

    private static List<CSVRecord> export(String... noticed) throws IOException {
        return export(
                java.util.Arrays.stream(noticed)
                        .map(words -> new QueueRow(
                                "K7M-4QX-9TD",
                                Instant.parse("2026-11-29T10:00:00Z"),
                                ReportStatus.NEW,
                                2,
                                null,
                                "leicester",
                                "banks",
                                null,
                                false,
                                false,
                                words,
                                false,
                                AgeBand.AGE_13_TO_17,
                                List.of(),
                                false,
                                false,
                                "en"))
                        .toList(),
                Map.of());
    }

    private static List<CSVRecord> export(List<QueueRow> rows, Map<String, String> referredTo) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> names = Map.of(
                "leicester",
                "Leicester",
                "banks",
                "Banks",
                "leicestershire-police",
                "Leicestershire Police",
                "gifts",
                "Gifts from someone older",
                "older-friends",
                "Older friends",
                "pl",
                "Polish",
                "en",
                "English");
        Function<String, String> name = id -> names.getOrDefault(id, id);
        try (QueueCsv csv = new QueueCsv(
                out,
                QueueCsvTest::words,
                new QueueCsv.Names(name, name, name, name, name),
                Instant.parse("2026-11-30T11:00:00Z"))) {
            csv.add(rows, referredTo);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
    }

    /** The portal's own words, as the export reads them. */
    private static String words(String key, Object... arguments) {
        String pattern = WORDS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(arguments);
    }
}
