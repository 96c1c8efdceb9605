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

    /** Seats first, then the waitlist in order, then the rest: how those who run an event see its registrations. */
    private static final String ORDER = " order by case when r.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW') then 0"
            + " when r.status = 'WAITLISTED' then 1 else 2 end, r.arrival";

    /** A page of an event's registrations with their people, optionally of one status. */
    public List<Registration> pageOf(UUID eventId, RegistrationStatus status, long offset, int size) {
        var query = getEntityManager().createQuery("from Registration r join fetch r.participant p left join fetch p.municipality "
                        + "where r.eventId = :event" + (status == null ? "" : " and r.status = :status") + ORDER, Registration.class)
                .setParameter("event", eventId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult((int) offset).setMaxResults(size).getResultList();
    }

    public long countOf(UUID eventId, RegistrationStatus status) {
        return status == null ? count("eventId", eventId) : count("eventId = ?1 and status = ?2", eventId, status);
    }

    /** All of an event's registrations with their people, for exports. */
    public List<Registration> allOf(UUID eventId) {
        return getEntityManager().createQuery("from Registration r join fetch r.participant p left join fetch p.municipality "
                + "where r.eventId = :event" + ORDER, Registration.class).setParameter("event", eventId).getResultList();
    }

    /** Active (not cancelled) registrations of an event. */
    public List<Registration> activeOf(UUID eventId) {
        return list("eventId = ?1 and status <> ?2", eventId, RegistrationStatus.CANCELLED);
    }

    /** A person's registrations, oldest first (their data export). */
    public List<Registration> ofParticipant(UUID participantId) {
        return list("participant.id = ?1 order by createdAt", participantId);
    }

    public List<Registration> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The first {@code count} of the waitlist, in order of arrival. */
    public List<Registration> waitlist(UUID eventId, int count) {
        return find("eventId = ?1 and status = ?2 order by arrival", eventId, RegistrationStatus.WAITLISTED).range(0, count - 1).list();
    }

    /** A caller's active registration for an event, with its waitlist position (1 = next) if it waits. */
    public record Mine(Registration registration, Integer position) {
    }

    /**
     * The caller's active registrations for these events by event, each with its waitlist position,
     * in one statement whether any of them waits or not (the position is counted in
     * registration_event_status_idx up to the registration's own arrival, however long the waitlist).
     */
    public Map<UUID, Mine> mineIn(UUID participantId, Collection<UUID> eventIds) {
        Map<UUID, Mine> mine = new HashMap<>();
        if (eventIds.isEmpty()) {
            return mine;
        }
        getEntityManager().createQuery("""
                        select r, (select count(w) from Registration w
                                    where w.eventId = r.eventId and w.status = :waiting and w.arrival <= r.arrival)
                          from Registration r where r.participant.id = :participant and r.eventId in :events and r.status <> :cancelled""",
                        Object[].class)
                .setParameter("participant", participantId).setParameter("events", eventIds)
                .setParameter("waiting", RegistrationStatus.WAITLISTED).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList()
                .forEach(row -> {
                    Registration registration = (Registration) row[0];
                    Integer position = registration.status == RegistrationStatus.WAITLISTED ? ((Number) row[1]).intValue() : null;
                    mine.put(registration.eventId, new Mine(registration, position));
                });
        return mine;
    }

    /**
     * Waitlist positions (1 = next) of these registrations, those that wait: each counted in
     * registration_event_status_idx up to its own arrival, however long the waitlist.
     */
    public Map<UUID, Integer> waitlistPositions(Collection<Registration> registrations) {
        Map<UUID, Integer> positions = new HashMap<>();
        List<UUID> waiting = registrations.stream().filter(r -> r.status == RegistrationStatus.WAITLISTED).map(r -> r.id).toList();
        if (waiting.isEmpty()) {
            return positions;
        }
        getEntityManager().createQuery("""
                        select r.id, (select count(w) from Registration w
                                       where w.eventId = r.eventId and w.status = :waiting and w.arrival <= r.arrival)
                          from Registration r where r.id in :ids and r.status = :waiting""", Object[].class)
                .setParameter("ids", waiting).setParameter("waiting", RegistrationStatus.WAITLISTED)
                .getResultList()
                .forEach(row -> positions.put((UUID) row[0], ((Number) row[1]).intValue()));
        return positions;
    }
}
