package org.spotthesigns.reporting.internal;

import java.util.List;
import org.spotthesigns.reporting.QueueFilter;

/** The queue's own queries: a page in the queue's order, and a count the database can answer from an index. */
public interface QueueQueries {

    List<ReportRecord> queuePage(QueueFilter filter, int offset, int limit);

    long queueCount(QueueFilter filter);
}
