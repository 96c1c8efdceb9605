package de.klimanetz.onlineroom;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionOverrideRepository implements PanacheRepositoryBase<SessionOverride, UUID> {

    public Optional<SessionOverride> find(UUID roomId, LocalDate date) {
        return find("roomId = ?1 and date = ?2", roomId, date).firstResultOptional();
    }

    public List<SessionOverride> between(Collection<UUID> roomIds, LocalDate from, LocalDate to) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return list("roomId in ?1 and date between ?2 and ?3", roomIds, from, to);
    }

    public List<SessionOverride> ofRooms(Collection<UUID> roomIds) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return list("roomId in ?1 order by date", roomIds);
    }

    /**
     * The session's row, created if missing and locked until the transaction ends: changes to one
     * session (its details, minutes, attendance) happen one after another, also when two people
     * make the first change at the same moment.
     */
    public SessionOverride lockOrCreate(UUID roomId, LocalDate date) {
        getEntityManager().createNativeQuery("""
                        insert into online_session (id, room_id, session_date, created_at, updated_at, version)
                        values (?1, ?2, ?3, now(), now(), 0) on conflict (room_id, session_date) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, roomId).setParameter(3, date)
                .executeUpdate();
        SessionOverride session = find("roomId = ?1 and date = ?2", roomId, date).singleResult();
        // Reload under the lock: an earlier read in this transaction may predate another's commit.
        getEntityManager().refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    /** Counts an attendance change without touching the session's own version (its ETag). */
    public void bumpAttendanceRevision(SessionOverride session) {
        getEntityManager().createNativeQuery("update online_session set attendance_revision = attendance_revision + 1 where id = ?1")
                .setParameter(1, session.id).executeUpdate();
        // Re-read rather than change the field: a changed field would bump the session's version.
        getEntityManager().refresh(session);
    }
}
