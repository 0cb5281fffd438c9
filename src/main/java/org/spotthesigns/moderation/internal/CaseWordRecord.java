package org.spotthesigns.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * A word a report is found by, read straight from the word index for the queue's search. Written
 * only through {@link CaseRecord}'s words.
 */
@Entity
@Immutable
@Table(name = "case_word")
@IdClass(CaseWordRecord.Key.class)
public class CaseWordRecord {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Id
    @Column(name = "word", length = 40)
    private String word;

    protected CaseWordRecord() {}

    public record Key(Long caseId, String word) implements Serializable {}
}
