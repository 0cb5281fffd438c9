package org.spotthesigns.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.spotthesigns.triage.LinkedBy;
import org.spotthesigns.triage.LinkedReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The keys each report can be linked by, and the links between reports, stored both ways. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ReportLinks {

    private final JdbcClient jdbc;

    ReportLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for any other triage to finish: reports that arrive together are linked one after the
     * other, so neither misses the other's keys. Held until the transaction ends.
     */
    public void lockForTriage() {
        jdbc.sql("select id from triage_lock where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    /**
     * Stores the report's keys and links it, both ways, to every report within {@code window} of
     * it that shares one of them.
     *
     * @return the reports linked now that were not linked to it before
     */
    public Set<String> link(String reference, Instant submittedAt, Set<LinkKey> keys, Duration window) {
        jdbc.sql("delete from report_link_key where report_reference = ?")
                .param(reference)
                .update();
        Map<String, Set<LinkedBy>> found = new TreeMap<>();
        for (LinkKey key : keys) {
            String hash = key.hash();
            jdbc.sql(
                            "insert into report_link_key (report_reference, linked_by, key_hash, submitted_at) values (?, ?, ?, ?)")
                    .params(reference, key.by().name(), hash, utc(submittedAt))
                    .update();
            jdbc.sql("""
                    select report_reference from report_link_key
                    where linked_by = ? and key_hash = ? and submitted_at between ? and ? and report_reference <> ?""")
                    .params(
                            key.by().name(),
                            hash,
                            utc(submittedAt.minus(window)),
                            utc(submittedAt.plus(window)),
                            reference)
                    .query(String.class)
                    .list()
                    .forEach(other -> found.computeIfAbsent(other, r -> EnumSet.noneOf(LinkedBy.class))
                            .add(key.by()));
        }
        Set<String> before = new LinkedHashSet<>(
                jdbc.sql("select distinct linked_reference from report_link where report_reference = ?")
                        .param(reference)
                        .query(String.class)
                        .list());
        jdbc.sql("delete from report_link where report_reference = ? or linked_reference = ?")
                .params(reference, reference)
                .update();
        found.forEach((other, by) -> by.forEach(shared -> {
            insert(reference, other, shared);
            insert(other, reference, shared);
        }));
        Set<String> added = new LinkedHashSet<>(found.keySet());
        added.removeAll(before);
        return added;
    }

    /** The PostgreSQL driver takes an offset date-time for a timestamp with time zone, not an instant. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private void insert(String reference, String linked, LinkedBy by) {
        jdbc.sql("insert into report_link (report_reference, linked_reference, linked_by) values (?, ?, ?)")
                .params(reference, linked, by.name())
                .update();
    }

    /**
     * Removes a report's keys and every link to or from it.
     *
     * @return the reports it was linked to that are now linked to none
     */
    public Set<String> forget(String reference) {
        jdbc.sql("delete from report_link_key where report_reference = ?")
                .param(reference)
                .update();
        Set<String> wereLinked =
                new TreeSet<>(jdbc.sql("select linked_reference from report_link where report_reference = ?"
                                + " union select report_reference from report_link where linked_reference = ?")
                        .params(reference, reference)
                        .query(String.class)
                        .list());
        jdbc.sql("delete from report_link where report_reference = ? or linked_reference = ?")
                .params(reference, reference)
                .update();
        Set<String> stillLinked = new TreeSet<>();
        for (String other : wereLinked) {
            if (jdbc.sql("select count(*) from report_link where report_reference = ? or linked_reference = ?")
                            .params(other, other)
                            .query(Long.class)
                            .single()
                    > 0) {
                stillLinked.add(other);
            }
        }
        wereLinked.removeAll(stillLinked);
        return wereLinked;
    }

    /** The reports linked to this one, by reference. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<LinkedReport> of(String reference) {
        Map<String, Set<LinkedBy>> links = new TreeMap<>();
        jdbc.sql("select linked_reference, linked_by from report_link where report_reference = ?")
                .param(reference)
                .query((row, number) -> Map.entry(row.getString(1), LinkedBy.valueOf(row.getString(2))))
                .list()
                .forEach(link -> links.computeIfAbsent(link.getKey(), r -> EnumSet.noneOf(LinkedBy.class))
                        .add(link.getValue()));
        return links.entrySet().stream()
                .map(link -> new LinkedReport(link.getKey(), link.getValue()))
                .toList();
    }
}
