package de.klimanetz.attendance;

import de.klimanetz.onlineroom.OwnAttendance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionAttendanceRepository implements PanacheRepositoryBase<SessionAttendance, UUID>, OwnAttendance {

    public Optional<SessionAttendance> find(UUID roomId, LocalDate date, UUID participantId) {
        return find("roomId = ?1 and date = ?2 and participantId = ?3", roomId, date, participantId).firstResultOptional();
    }

    /** A person's attendance records, oldest first (their data export). */
    public List<SessionAttendance> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by date", participantId);
    }

    public List<SessionAttendance> ofSession(UUID roomId, LocalDate date) {
        return list("roomId = ?1 and date = ?2", roomId, date);
    }

    public List<SessionAttendance> ofParticipant(UUID participantId, Collection<UUID> roomIds, LocalDate from, LocalDate to) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return list("participantId = ?1 and roomId in ?2 and date between ?3 and ?4", participantId, roomIds, from, to);
    }

    @Override
    public List<OwnAttendance.Entry> of(UUID participantId, Collection<UUID> roomIds, LocalDate from, LocalDate to) {
        return ofParticipant(participantId, roomIds, from, to).stream().map(a -> new OwnAttendance.Entry(a.roomId, a.date, a.status)).toList();
    }

    public List<SessionAttendance> ofRooms(Collection<UUID> roomIds, LocalDate from, LocalDate to) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return list("roomId in ?1 and date between ?2 and ?3", roomIds, from, to);
    }
}
