package de.klimanetz.event;

import de.klimanetz.common.persistence.VersionedEntity;
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
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's registration for an event; its arrival number orders the waitlist. */
@Entity
@Table(name = "registration")
public class Registration extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RegistrationStatus status;

    @Column(nullable = false)
    public long arrival;

    @Column(length = 1000)
    public String note;

    @Column(name = "accessibility_needs", length = 1000)
    public String accessibilityNeeds;

    @Column(name = "dietary_needs", length = 500)
    public String dietaryNeeds;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
}
