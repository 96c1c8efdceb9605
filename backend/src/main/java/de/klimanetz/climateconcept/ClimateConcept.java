package de.klimanetz.climateconcept;

import de.klimanetz.participant.Participant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The concept of one municipality; a municipality without a row has not started one. */
@Entity
@Table(name = "climate_concept")
public class ClimateConcept {

    @Id
    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ConceptStatus status = ConceptStatus.NOT_STARTED;

    @Column(name = "funding_programme", length = 200)
    public String fundingProgramme;

    @Column(name = "funding_reference", length = 100)
    public String fundingReference;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(length = 2000)
    public String note;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    public Participant updatedBy;

    @Version
    @Column(nullable = false)
    public long version;
}
