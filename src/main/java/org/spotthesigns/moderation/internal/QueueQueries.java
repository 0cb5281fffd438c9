package org.spotthesigns.moderation.internal;

import java.util.List;
import org.spotthesigns.moderation.QueueFilter;

/** The queue's own queries: a page in the queue's order, and a count the database can answer from an index. */
public interface QueueQueries {

    List<CaseRecord> queuePage(QueueFilter filter, int offset, int limit);

    /** How many reports the filter finds, counted no further than {@code upTo}. */
    long queueCount(QueueFilter filter, int upTo);
}
