package de.klimanetz.onlineroom;

import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.participant.Participant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A network's standing video room: one stable link, moderated on a recurring schedule. */
@Entity
@Table(name = "online_room")
public class OnlineRoom extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "network_id", nullable = false)
    public UUID networkId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 5000)
    public String description;

    @Column(name = "join_url", nullable = false, length = 2000)
    public String joinUrl;

    @Column(name = "access_code", length = 100)
    public String accessCode;

    @Column(name = "dial_in", length = 500)
    public String dialIn;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @ManyToMany
    @JoinTable(name = "online_room_moderator", joinColumns = @JoinColumn(name = "room_id"),
            inverseJoinColumns = @JoinColumn(name = "participant_id"))
    public Set<Participant> moderators = new LinkedHashSet<>();
}
