package de.klimanetz.onlineroom;

import de.klimanetz.common.persistence.Material;
import de.klimanetz.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What differs for one session from its schedule: cancelled, moved, described. */
@Entity
@Table(name = "online_session")
public class SessionOverride extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "session_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "cancellation_reason", length = 500)
    public String cancellationReason;

    @Column(name = "moved_starts_at")
    public OffsetDateTime movedStartsAt;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(length = 300)
    public String topic;

    @Column(length = 200)
    public String presenter;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Material> materials = new ArrayList<>();

    @Column(name = "attendance_revision", nullable = false)
    public long attendanceRevision;
}
