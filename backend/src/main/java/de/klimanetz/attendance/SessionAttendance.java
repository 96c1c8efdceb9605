package de.klimanetz.attendance;

import de.klimanetz.onlineroom.AttendanceStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Whether one person attended one session, and whether they said so themselves. */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "session_date", nullable = false)
    public LocalDate date;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AttendanceStatus status;

    @Column(name = "self_reported", nullable = false)
    public boolean selfReported;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
