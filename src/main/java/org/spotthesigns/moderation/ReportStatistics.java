package org.spotthesigns.moderation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the moderators' dashboard, each worked out by the database in one query. */
@Service
public class ReportStatistics {

    private static final String OPEN = "status in ('NEW', 'IN_REVIEW', 'REFERRED')";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The state of the queue now, and reports received per day over the last {@code days} days.
     *
     * @param openByPriority open reports by priority (1 to 4; 0 for not yet triaged)
     * @param perDay         every day of the period, oldest first, with how many reports arrived (UTC days)
     * @param topPlaces      kinds of place with the most reports, most first
     * @param topAreas       areas with the most reports, most first
     */
    public record Summary(
            Map<Integer, Long> openByPriority,
            Map<ReportStatus, Long> byStatus,
            long overdue,
            Map<LocalDate, Long> perDay,
            Map<String, Long> topPlaces,
            Map<String, Long> topAreas) {}

    @Transactional(readOnly = true)
    public Summary summary(int days, int top) {
        Map<Integer, Long> openByPriority = new TreeMap<>();
        jdbc.sql("select coalesce(priority, 0), count(*) from report_case where " + OPEN
                        + " group by coalesce(priority, 0)")
                .query((row, n) -> Map.entry(row.getInt(1), row.getLong(2)))
                .list()
                .forEach(entry -> openByPriority.put(entry.getKey(), entry.getValue()));
        Map<ReportStatus, Long> byStatus = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            byStatus.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from report_case group by status")
                .query((row, n) -> Map.entry(ReportStatus.valueOf(row.getString(1)), row.getLong(2)))
                .list()
                .forEach(entry -> byStatus.put(entry.getKey(), entry.getValue()));
        long overdue = jdbc.sql("select count(*) from report_case where " + OPEN + " and deadline < ?")
                .param(clock.instant().atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> perDay = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        jdbc.sql("select submitted_at from report_case where submitted_at >= ?")
                .param(first.atStartOfDay().atOffset(ZoneOffset.UTC))
                .query((row, n) -> row.getObject(1, java.time.OffsetDateTime.class))
                .list()
                .forEach(at -> perDay.computeIfPresent(
                        at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), (d, c) -> c + 1));
        return new Summary(openByPriority, byStatus, overdue, perDay, most("place_kind", top), most("area", top));
    }

    private Map<String, Long> most(String column, int top) {
        Map<String, Long> most = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> rows = jdbc.sql(
                        "select " + column + ", count(*) as reports from report_case group by " + column
                                + " order by reports desc, " + column + " fetch first " + top + " rows only")
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
                .list();
        rows.forEach(entry -> most.put(entry.getKey(), entry.getValue()));
        return most;
    }
}
