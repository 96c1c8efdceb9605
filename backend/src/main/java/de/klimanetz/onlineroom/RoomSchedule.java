package de.klimanetz.onlineroom;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One period of a room's schedule: it applies from {@code startDate} until the room's next schedule
 * starts. Changing a schedule adds a period, so past sessions keep their times.
 */
@Entity
@Table(name = "online_room_schedule")
public class RoomSchedule extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    @Column(nullable = false, length = 200)
    public String rrule;
}
