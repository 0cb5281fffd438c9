package org.spotthesigns.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.spotthesigns.moderation.QueueRow;
import org.spotthesigns.moderation.ReportStatus;

/**
 * The export partner agencies receive: the reporter's words exactly as stored (formula-safe), and
 * beside them the same words HTML-escaped, for the agencies whose systems import the CSV into web
 * pages.
 */
class QueueCsvTest {

    @Test
    void the_words_are_exported_as_typed_and_again_html_escaped() throws IOException {
        List<CSVRecord> records = export(
                "&#60;img src=x onerror=alert(1)&#62; He wrote <script> in the chat",
                "=HYPERLINK(\"http://x\") x<y & \"age\"<13 {{hello}} it's");

        assertThat(records.get(0).get("What was noticed"))
                .isEqualTo("&#60;img src=x onerror=alert(1)&#62; He wrote <script> in the chat");
        assertThat(records.get(0).get("What was noticed (HTML-escaped)"))
                .isEqualTo("&amp;#60;img src=x onerror=alert(1)&amp;#62; He wrote &lt;script&gt; in the chat");
        assertThat(records.get(1).get("What was noticed")).isEqualTo("'=HYPERLINK(\"http://x\") x<y & \"age\"<13 {{hello}} it's");
        assertThat(records.get(1).get("What was noticed (HTML-escaped)"))
                .isEqualTo("'=HYPERLINK(&quot;http://x&quot;) x&lt;y &amp; &quot;age&quot;&lt;13 {{hello}} it&#39;s");
    }

    @Test
    void letters_of_every_script_pass_through_the_escaped_column_unchanged() throws IOException {
        String words = "Zo\u00e9 \u0a97\u0ac1\u0a9c\u0ab0\u0abe\u0aa4\u0ac0 \u0627\u0631\u062f\u0648 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

        CSVRecord record = export(words).get(0);

        assertThat(record.get("What was noticed")).isEqualTo(words);
        assertThat(record.get("What was noticed (HTML-escaped)")).isEqualTo(words);
    }

    private static List<CSVRecord> export(String... noticed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueueCsv csv = new QueueCsv(out, Function.identity(), Function.identity())) {
            for (String words : noticed) {
                csv.add(List.of(new QueueRow("K7M-4QX-9TD", Instant.parse("2026-11-29T10:00:00Z"), ReportStatus.NEW, 2, null,
                        "leicester", "banks", null, false, false, words)));
            }
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
