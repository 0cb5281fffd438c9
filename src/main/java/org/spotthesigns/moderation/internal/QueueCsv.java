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
import org.spotthesigns.reporting.QueueRow;

/** The queue as CSV for partner agencies: one row per report, every cell safe to open in a spreadsheet. */
public final class QueueCsv implements AutoCloseable {

    private static final String[] HEADER = {"Reference", "Received", "Status", "Priority", "Due", "Area", "Kind of place",
        "Claimed by", "Suspected spam", "What was noticed"};

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
                        SpreadsheetSafe.cell(row.noticed()));
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
