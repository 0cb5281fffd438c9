package org.spotthesigns.moderation.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.spotthesigns.moderation.QueueFilter;
import org.spotthesigns.reporting.ReportReference;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * The queue's queries, written out rather than left to Spring Data's paging: a page never asks
 * for a count it does not need, and the count names a column every queue index holds (the
 * status), so PostgreSQL can answer it from the index alone.
 */
class CaseRepositoryImpl implements QueueQueries {

    @PersistenceContext
    private EntityManager entities;

    private final Clock clock;
    private final boolean fullText;

    CaseRepositoryImpl(Clock clock, DataSource dataSource) throws SQLException {
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL has the full-text search V24 sets up; H2 searches the word table
            this.fullText = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    @Override
    public List<CaseRecord> queuePage(QueueFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<CaseRecord> query = cb.createQuery(CaseRecord.class);
        Root<CaseRecord> report = query.from(CaseRecord.class);
        query.select(report)
                .where(spec(filter).toPredicate(report, query, cb))
                .orderBy(QueryUtils.toOrders(QueueSpecification.ORDER, report, cb));
        return entities.createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A text that is the reference of a stored report finds that report; any other text is words. */
    private Specification<CaseRecord> spec(QueueFilter filter) {
        boolean reference = ReportReference.parse(filter.text())
                .map(parsed -> !entities.createQuery(
                                "select c.id from CaseRecord c where c.reference = :reference", Long.class)
                        .setParameter("reference", parsed.value())
                        .getResultList()
                        .isEmpty())
                .orElse(false);
        return QueueSpecification.of(filter, reference, clock.instant(), fullText);
    }

    /**
     * Reads no more of the index than {@code upTo} entries: a count of a third of a million open
     * reports costs a scan of them all, and nobody reads that far down a queue.
     */
    @Override
    public long queueCount(QueueFilter filter, int upTo) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object> query = cb.createQuery(Object.class);
        Root<CaseRecord> report = query.from(CaseRecord.class);
        query.select(report.get("status")).where(spec(filter).toPredicate(report, query, cb));
        return entities.createQuery(query).setMaxResults(upTo).getResultList().size();
    }
}
