package org.spotthesigns.moderation.internal;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spotthesigns.moderation.QueueFilter;
import org.spotthesigns.moderation.SearchWords;
import org.spotthesigns.reporting.ReportReference;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** A queue filter as a database query, in the queue's order: most urgent first, then soonest due. */
public final class QueueSpecification {

    /** Untriaged reports (no priority yet) come first: their urgency is not known. */
    public static final Sort ORDER = Sort.by(
            Sort.Order.asc("priority").nullsFirst(),
            Sort.Order.asc("deadline").nullsFirst(),
            Sort.Order.asc("submittedAt"),
            Sort.Order.asc("id"));

    private QueueSpecification() {}

    /**
     * @param textIsReference the text is the reference of a stored report: search for that report
     *                        alone, by its unique index
     * @param now             when the queue is read: what is overdue is overdue by then
     * @param fullText        words are searched with PostgreSQL's full-text search (V24), not the word table
     */
    public static Specification<CaseRecord> of(
            QueueFilter filter, boolean textIsReference, Instant now, boolean fullText) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (!filter.priorities().isEmpty()) {
                where.add(root.get("priority").in(filter.priorities()));
            }
            if (filter.area() != null) {
                // a journey is found by either end (decision record 0022)
                where.add(cb.or(
                        cb.equal(root.get("area"), filter.area()), cb.equal(root.get("journeyToArea"), filter.area())));
            }
            if (filter.placeKind() != null) {
                where.add(cb.equal(root.get("placeKind"), filter.placeKind()));
            }
            if (filter.language() != null) {
                where.add(cb.equal(root.get("language"), filter.language()));
            }
            if (filter.assignedTo() != null) {
                where.add(cb.equal(root.get("assignedTo"), filter.assignedTo()));
            }
            if (filter.suspectedSpam() != null) {
                where.add(cb.equal(root.get("suspectedSpam"), filter.suspectedSpam()));
            }
            switch (filter.attention()) {
                case UNTRIAGED -> where.add(cb.isNull(root.get("priority")));
                case OVERDUE -> where.add(cb.lessThan(root.<Instant>get("deadline"), now));
                case ANY -> {}
            }
            if (textIsReference) {
                where.add(cb.equal(
                        root.get("reference"),
                        ReportReference.parse(filter.text()).orElseThrow().value()));
            } else if (fullText) {
                Set<String> words = SearchWords.of(filter.text());
                if (!words.isEmpty()) {
                    // every word must be there, found through the GIN index over each case's words
                    where.add(cb.isTrue(cb.function(
                            "queue_words_match",
                            Boolean.class,
                            root.get("searchText"),
                            cb.literal(String.join(" ", words)))));
                }
            } else if (!filter.text().isEmpty()) {
                // every word must be there, found through the word index rather than by reading each text
                for (String word : SearchWords.of(filter.text())) {
                    Subquery<Long> withWord = query.subquery(Long.class);
                    Root<CaseWordRecord> words = withWord.from(CaseWordRecord.class);
                    withWord.select(words.get("caseId")).where(cb.equal(words.get("word"), word));
                    where.add(root.get("id").in(withWord));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
