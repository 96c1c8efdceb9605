package de.klimanetz.onlineroom;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What a person recorded for sessions of rooms, as the session lists show it ("you were there").
 * Attendance is its own feature that builds on rooms; this interface, implemented there, lets the
 * room's session lists show it without rooms depending on attendance.
 */
public interface OwnAttendance {

    record Entry(UUID roomId, LocalDate date, AttendanceStatus status) {
    }

    /** The person's records for sessions of these rooms with original dates in [from, to]; one statement. */
    List<Entry> of(UUID participantId, Collection<UUID> roomIds, LocalDate from, LocalDate to);
}
