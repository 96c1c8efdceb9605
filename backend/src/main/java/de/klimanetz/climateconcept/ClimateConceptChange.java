package de.klimanetz.climateconcept;

import de.klimanetz.participant.Participant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved change of a concept: who, when, each field from old to new. Never updated. */
@Entity
@Table(name = "climate_concept_change")
public class ClimateConceptChange {

    public record FieldChange(String field, String from, String to) {
    }

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false)
    public UUID municipalityId;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    public Participant changedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<FieldChange> changes;
}
