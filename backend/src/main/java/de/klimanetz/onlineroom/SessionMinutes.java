package de.klimanetz.onlineroom;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The minutes of one session, in Markdown; members see them once published. */
@Entity
@Table(name = "session_minutes")
public class SessionMinutes extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "session_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String markdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MinutesStatus status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    public Participant updatedBy;
}
