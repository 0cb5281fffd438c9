package org.spotthesigns.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * A word a report is found by, read straight from the word index for the queue's search. Written
 * only through {@link ReportRecord}'s words.
 */
@Entity
@Immutable
@Table(name = "report_word")
@IdClass(ReportWordRecord.Key.class)
public class ReportWordRecord {

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Id
    @Column(name = "word", length = 40)
    private String word;

    protected ReportWordRecord() {
    }

    public record Key(Long reportId, String word) implements Serializable {
    }
}
