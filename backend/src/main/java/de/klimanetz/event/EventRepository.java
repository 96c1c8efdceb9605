package de.klimanetz.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /**
     * The event, locked until the transaction ends. Every change to its registrations and sign-ups
     * goes through this lock, so capacities and the waitlist order hold under any concurrency.
     */
    public Optional<Event> lock(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Events of a network that end after (upcoming) or before (past) {@code now}, drafts if asked. */
    public List<Event> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Event> page(UUID networkId, boolean upcoming, boolean withDrafts, OffsetDateTime now, OffsetDateTime since,
                            int offset, int size) {
        String query = "from Event e left join fetch e.hostMunicipality left join fetch e.hostParticipant where "
                + filter(upcoming, withDrafts, since) + (upcoming ? " order by e.startsAt, e.id" : " order by e.startsAt desc, e.id");
        var found = getEntityManager().createQuery(query, Event.class)
                .setParameter("network", networkId).setParameter("now", now).setParameter("statuses", statuses(withDrafts));
        if (since != null) {
            found.setParameter("since", since);
        }
        return found.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long count(UUID networkId, boolean upcoming, boolean withDrafts, OffsetDateTime now, OffsetDateTime since) {
        var count = getEntityManager().createQuery("select count(e) from Event e where " + filter(upcoming, withDrafts, since), Long.class)
                .setParameter("network", networkId).setParameter("now", now).setParameter("statuses", statuses(withDrafts));
        if (since != null) {
            count.setParameter("since", since);
        }
        return count.getSingleResult();
    }

    /** Published and cancelled events of these networks, for calendars and agendas. */
    public List<Event> visibleIn(Collection<UUID> networkIds) {
        if (networkIds.isEmpty()) {
            return List.of();
        }
        return list("networkId in ?1 and status <> ?2 order by startsAt", networkIds, EventStatus.DRAFT);
    }

    /** The next {@code limit} published or cancelled events of these networks that have not ended, by start and title. */
    public List<Event> upcomingIn(Collection<UUID> networkIds, OffsetDateTime now, int limit) {
        if (networkIds.isEmpty()) {
            return List.of();
        }
        return find("networkId in ?1 and status <> ?2 and endsAt > ?3 order by startsAt, title", networkIds, EventStatus.DRAFT, now)
                .range(0, limit - 1).list();
    }

    private static String filter(boolean upcoming, boolean withDrafts, OffsetDateTime since) {
        return "e.networkId = :network and e.status in :statuses and " + (upcoming ? "e.endsAt >= :now" : "e.endsAt < :now")
                + (since == null ? "" : " and e.updatedAt > :since");
    }

    private static List<EventStatus> statuses(boolean withDrafts) {
        return withDrafts ? List.of(EventStatus.values()) : List.of(EventStatus.PUBLISHED, EventStatus.CANCELLED);
    }
}
