package de.klimanetz.membership;

import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.network.Network;
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
import java.time.LocalDate;
import java.util.UUID;

/** A participant's (or, while pending, an invited address's) membership in a network. */
@Entity
@Table(name = "network_membership")
public class Membership extends VersionedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    public Network network;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Column(name = "invited_email", length = 254)
    public String invitedEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MembershipRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MembershipState state;

    @Column(nullable = false)
    public LocalDate since;

    @Column(name = "left_on")
    public LocalDate leftOn;
}
