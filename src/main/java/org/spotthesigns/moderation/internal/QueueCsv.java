package org.spotthesigns.moderation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.moderation.QueueRow;
import org.spotthesigns.reporting.AnsweredQuestions.Words;
import org.springframework.web.util.HtmlUtils;

/**
 * The queue as CSV for partner agencies: one row per report, every cell safe to open in a
 * spreadsheet, written for people: local times, statuses, ages, signs and flags in words, areas,
 * places, agencies and the language of the reporter's form by name. The reporter's words are
 * exported exactly as stored, and again in a last column HTML-escaped, for agencies whose systems
 * import the file into web pages: they take that column and show it as it is, and markup the
 * reporter typed stays words there too.
 */
public final class QueueCsv implements AutoCloseable {

    private static final List<String> COLUMNS = List.of(
            "reference",
            "received",
            "status",
            "priority",
            "due",
            "area",
            "place",
            "claimedBy",
            "referredTo",
            "suspectedSpam",
            "ageBand",
            "signs",
            "language",
            "flags",
            "noticed",
            "noticedEscaped");

    /** Times as people in the portal's area write them: 30/11/2026 09:35. */
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    /** Turn the ids stored with a report into the names people read. */
    public record Names(
            Function<String, String> area,
            Function<String, String> place,
            Function<String, String> agency,
            Function<String, String> sign,
            Function<String, String> language) {}

    private final CSVPrinter printer;
    private final Words words;
    private final Names names;
    private final Instant now;
    private int rows;

    /** @param now when the export is made: the flags (overdue) are as of then */
    public QueueCsv(OutputStream out, Words words, Names names, Instant now) {
        this.words = words;
        this.names = names;
        this.now = now;
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // a byte order mark, so spreadsheets read the text as UTF-8
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(COLUMNS.stream()
                                    .map(column -> words.of("moderation.csv." + column))
                                    .toArray(String[]::new))
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param referredTo the agency each report of the page was last referred to, by reference */
    public void add(List<QueueRow> page, Map<String, String> referredTo) {
        try {
            for (QueueRow row : page) {
                String agency = referredTo.get(row.reference());
                printer.printRecord(
                        row.reference(),
                        local(row.submittedAt()),
                        words.of("moderation.status." + row.status().name()),
                        row.priority() == null ? "" : "P" + row.priority(),
                        local(row.deadline()),
                        text(names.area().apply(row.area())),
                        text(names.place().apply(row.placeKind())),
                        text(row.assignedTo()),
                        text(agency == null ? null : names.agency().apply(agency)),
                        words.of(row.suspectedSpam() ? "moderation.csv.yes" : "moderation.csv.no"),
                        row.ageBand() == null
                                ? ""
                                : text(words.of(
                                        "report.ageBand." + row.ageBand().name())),
                        text(row.signs().stream().map(names.sign()).collect(Collectors.joining("; "))),
                        text(names.language().apply(row.language())),
                        text(row.flags(now).stream()
                                .map(flag -> words.of("moderation.flag." + flag.name()))
                                .collect(Collectors.joining("; "))),
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

    private static String text(@Nullable String text) {
        return text == null ? "" : SpreadsheetSafe.cell(text);
    }

    private static String local(@Nullable Instant instant) {
        return instant == null ? "" : LOCAL.format(instant);
    }
}
