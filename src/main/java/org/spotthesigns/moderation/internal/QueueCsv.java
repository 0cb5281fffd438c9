package org.spotthesigns.moderation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.moderation.QueueRow;
import org.springframework.web.util.HtmlUtils;

/**
 * The queue as CSV for partner agencies: one row per report, every cell safe to open in a
 * spreadsheet. The reporter's words are exported exactly as stored, and again in a last column
 * HTML-escaped, for agencies whose systems import the file into web pages: they take that column
 * and show it as it is, and markup the reporter typed stays words there too.
 */
public final class QueueCsv implements AutoCloseable {

    private static final String[] HEADER = {"Reference", "Received", "Status", "Priority", "Due", "Area", "Kind of place",
        "Claimed by", "Suspected spam", "What was noticed", "What was noticed (HTML-escaped)"};

    private final CSVPrinter printer;
    private final Function<String, String> areaNames;
    private final Function<String, String> placeNames;
    private int rows;

    public QueueCsv(OutputStream out, Function<String, String> areaNames, Function<String, String> placeNames) {
        this.areaNames = areaNames;
        this.placeNames = placeNames;
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // a byte order mark, so spreadsheets read the text as UTF-8
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(List<QueueRow> page) {
        try {
            for (QueueRow row : page) {
                printer.printRecord(row.reference(), instant(row.submittedAt()), row.status().name(),
                        row.priority() == null ? "" : "P" + row.priority(), instant(row.deadline()),
                        SpreadsheetSafe.cell(areaNames.apply(row.area())), SpreadsheetSafe.cell(placeNames.apply(row.placeKind())),
                        row.assignedTo() == null ? "" : SpreadsheetSafe.cell(row.assignedTo()), row.suspectedSpam() ? "yes" : "no",
                        SpreadsheetSafe.cell(row.noticed()),
                        // escaped for HTML only: characters of any script stay as they are in UTF-8
                        SpreadsheetSafe.cell(HtmlUtils.htmlEscape(row.noticed(), StandardCharsets.UTF_8.name())));
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String instant(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
