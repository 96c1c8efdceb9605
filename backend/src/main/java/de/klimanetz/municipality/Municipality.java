package de.klimanetz.municipality;

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
import java.time.OffsetDateTime;
import java.util.UUID;

/** A Gemeinde, Stadt, kreisfreie Stadt or Kreis, identified by its official key. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MunicipalityKind kind;

    @Column(name = "official_key", nullable = false, length = 8)
    public String officialKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "federal_state", nullable = false, length = 2)
    public FederalState federalState;

    /** The Kreis a Gemeinde or kreisangehörige Stadt belongs to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Municipality parent;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
