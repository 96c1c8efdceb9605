package de.klimanetz.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import de.klimanetz.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A network of climate-protection managers, organised by an agency. */
@Entity
@Table(name = "network")
public class Network extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 4000)
    public String description;

    @Column(nullable = false, length = 200)
    public String region;

    @Embedded
    public Organizer organizer;

    /** Who may join, in the organiser's words (e.g. funded climate managers of NRW municipalities). */
    @Column(nullable = false, length = 2000)
    public String eligibility;
}
