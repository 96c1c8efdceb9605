package de.klimanetz.event;

import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.municipality.Municipality;
import de.klimanetz.common.persistence.Material;
import de.klimanetz.participant.Participant;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An on-site meeting of a network at a host municipality's venue. */
@Entity
@Table(name = "event")
public class Event extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public UUID networkId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 10000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EventStatus status;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Embedded
    public Venue venue = new Venue();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_municipality_id")
    public Municipality hostMunicipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_participant_id")
    public Participant hostParticipant;

    public Integer capacity;

    @Column(name = "registration_opens_at")
    public OffsetDateTime registrationOpensAt;

    @Column(name = "registration_closes_at")
    public OffsetDateTime registrationClosesAt;

    public String report;

    @Column(name = "report_published", nullable = false)
    public boolean reportPublished;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Material> materials = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgendaItem> agenda = new ArrayList<>();

    /** Whether registering is possible at {@code now}: published, and inside the window. */
    public boolean registrationOpen(OffsetDateTime now) {
        return status == EventStatus.PUBLISHED
                && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && now.isBefore(registrationClosesAt == null ? startsAt : registrationClosesAt);
    }
}
