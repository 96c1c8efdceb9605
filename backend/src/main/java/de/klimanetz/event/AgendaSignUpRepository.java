package de.klimanetz.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AgendaSignUpRepository implements PanacheRepositoryBase<AgendaSignUp, UUID> {

    public List<AgendaSignUp> ofRegistrations(Collection<UUID> registrationIds) {
        if (registrationIds.isEmpty()) {
            return List.of();
        }
        return list("registrationId in ?1 order by arrival", registrationIds);
    }

    /** Per agenda item: confirmed and waitlisted sign-ups, counted by the database. */
    public Map<UUID, long[]> countsOf(Collection<UUID> itemIds) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (itemIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                        select s.agendaItemId, sum(case when s.status = :confirmed then 1 else 0 end),
                               sum(case when s.status = :confirmed then 0 else 1 end)
                          from AgendaSignUp s where s.agendaItemId in :items group by s.agendaItemId""", Object[].class)
                .setParameter("confirmed", AgendaSignUp.Status.CONFIRMED).setParameter("items", itemIds)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return counts;
    }

    public List<AgendaSignUp> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return list("agendaItemId in ?1 order by arrival", itemIds);
    }

    /** Removes the sign-ups of agenda items (removed, or no longer taking sign-ups). */
    public long deleteOfItems(Collection<UUID> itemIds) {
        return itemIds.isEmpty() ? 0 : delete("agendaItemId in ?1", itemIds);
    }

    /** Removes a registration's sign-ups (when it is cancelled). */
    public long deleteOf(UUID registrationId) {
        return delete("registrationId", registrationId);
    }
}
