package de.klimanetz.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** Seat counts per event: confirmed (including attended and no-show) and waitlisted. */
    public record Counts(long confirmed, long waitlisted) {
        static final Counts NONE = new Counts(0, 0);
    }

    public long nextArrival() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('registration_arrival_seq')").getSingleResult()).longValue();
    }

    public Optional<Registration> findActive(UUID eventId, UUID participantId) {
        return find("from Registration r join fetch r.participant p left join fetch p.municipality "
                + "where r.eventId = ?1 and p.id = ?2 and r.status <> ?3", eventId, participantId, RegistrationStatus.CANCELLED)
                .firstResultOptional();
    }

    public Optional<Registration> findInEvent(UUID eventId, UUID registrationId) {
        return find("from Registration r join fetch r.participant p left join fetch p.municipality where r.id = ?1 and r.eventId = ?2",
                registrationId, eventId).firstResultOptional();
    }

    public Map<UUID, Counts> counts(Collection<UUID> eventIds) {
        Map<UUID, Counts> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.eventId, sum(case when r.status in :seated then 1 else 0 end),
                               sum(case when r.status = :waiting then 1 else 0 end)
                        from Registration r where r.eventId in :events group by r.eventId""", Object[].class)
                .setParameter("seated", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW))
                .setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setParameter("events", eventIds).getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new Counts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    public Counts countsOf(UUID eventId) {
        return counts(List.of(eventId)).getOrDefault(eventId, Counts.NONE);
    }

    /** The waitlist in order of arrival. */
    public List<Registration> waitlist(UUID eventId) {
        return list("eventId = ?1 and status = ?2 order by arrival", eventId, RegistrationStatus.WAITLISTED);
    }

    /** The caller's active registrations for these events. */
    public List<Registration> activeOf(UUID participantId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return list("participant.id = ?1 and eventId in ?2 and status <> ?3", participantId, eventIds, RegistrationStatus.CANCELLED);
    }

    /** Waitlist positions (1 = next) of every waitlisted registration of these events. */
    public Map<UUID, Integer> waitlistPositions(Collection<UUID> eventIds) {
        Map<UUID, Integer> positions = new HashMap<>();
        if (eventIds.isEmpty()) {
            return positions;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.id, r.eventId from Registration r where r.eventId in :events and r.status = :waiting
                        order by r.eventId, r.arrival""", Object[].class)
                .setParameter("events", eventIds).setParameter("waiting", RegistrationStatus.WAITLISTED).getResultList();
        Map<UUID, Integer> next = new HashMap<>();
        for (Object[] row : rows) {
            int position = next.merge((UUID) row[1], 1, Integer::sum);
            positions.put((UUID) row[0], position);
        }
        return positions;
    }
}
