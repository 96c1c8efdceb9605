package de.klimanetz.municipality;

import jakarta.persistence.Column;
import de.klimanetz.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A Gemeinde, Stadt, kreisfreie Stadt or Kreis, identified by its official key. */
@Entity
@Table(name = "municipality")
public class Municipality extends VersionedEntity {

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
}
