package org.spotthesigns.reporting.internal;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spotthesigns.reporting.QueueFilter;
import org.spotthesigns.reporting.ReportReference;
import org.spotthesigns.reporting.SearchWords;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** A queue filter as a database query, in the queue's order: most urgent first, then soonest due. */
public final class QueueSpecification {

    /** Untriaged reports (no priority yet) come first: their urgency is not known. */
    public static final Sort ORDER = Sort.by(Sort.Order.asc("priority").nullsFirst(), Sort.Order.asc("deadline").nullsFirst(),
            Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));

    private QueueSpecification() {
    }

    public static Specification<ReportRecord> of(QueueFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (!filter.priorities().isEmpty()) {
                where.add(root.get("priority").in(filter.priorities()));
            }
            if (filter.area() != null) {
                where.add(cb.equal(root.get("area"), filter.area()));
            }
            if (filter.placeKind() != null) {
                where.add(cb.equal(root.get("placeKind"), filter.placeKind()));
            }
            if (filter.assignedTo() != null) {
                where.add(cb.equal(root.get("assignedTo"), filter.assignedTo()));
            }
            if (filter.suspectedSpam() != null) {
                where.add(cb.equal(root.get("suspectedSpam"), filter.suspectedSpam()));
            }
            if (!filter.text().isEmpty()) {
                // every word must be there, found through the word index rather than by reading each text
                List<Predicate> allWords = new ArrayList<>();
                for (String word : SearchWords.of(filter.text())) {
                    Subquery<Long> withWord = query.subquery(Long.class);
                    Root<ReportRecord> other = withWord.from(ReportRecord.class);
                    Join<ReportRecord, String> words = other.join("words");
                    withWord.select(other.get("id")).where(cb.equal(words, word));
                    allWords.add(root.get("id").in(withWord));
                }
                Predicate text = cb.and(allWords.toArray(Predicate[]::new));
                Optional<ReportReference> reference = ReportReference.parse(filter.text());
                where.add(reference.isPresent() ? cb.or(cb.equal(root.get("reference"), reference.get().value()), text) : text);
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
