package de.klimanetz.membership;

import de.klimanetz.membership.dto.NetworkStats;
import de.klimanetz.membership.dto.NetworkStats.Count;
import de.klimanetz.membership.dto.NetworkStats.Newcomer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The dashboard counts of a network in four statements, whatever its size. */
@ApplicationScoped
public class StatsRepository {

    private static final List<String> KINDS = List.of("GEMEINDE", "STADT", "KREISFREIE_STADT", "KREIS", "NONE");
    private static final List<String> STATUSES = List.of("NOT_STARTED", "IN_PREPARATION", "ADOPTED", "IN_IMPLEMENTATION");
    private static final int NEWCOMERS_SHOWN = 10;

    private final EntityManager em;

    StatsRepository(EntityManager em) {
        this.em = em;
    }

    public NetworkStats of(UUID networkId) {
        Object[] totals = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where %s)
                  from network_membership m join participant p on p.id = m.participant_id
                 where m.network_id = ?1 and m.state = 'ACTIVE'""".formatted(DirectoryRepository.NEW_IN_OFFICE))
                .setParameter(1, networkId).getSingleResult();
        List<Count> byKind = counts(KINDS, """
                select coalesce(mu.kind, 'NONE'), count(*)
                  from network_membership m join participant p on p.id = m.participant_id
                  left join municipality mu on mu.id = p.municipality_id
                 where m.network_id = ?1 and m.state = 'ACTIVE'
                 group by 1""", networkId);
        List<Count> byStatus = counts(STATUSES, """
                select coalesce(c.status, 'NOT_STARTED'), count(distinct mu.id)
                  from network_membership m join participant p on p.id = m.participant_id
                  join municipality mu on mu.id = p.municipality_id
                  left join climate_concept c on c.municipality_id = mu.id
                 where m.network_id = ?1 and m.state = 'ACTIVE'
                 group by 1""", networkId);
        @SuppressWarnings("unchecked")
        List<Object[]> newcomerRows = em.createNativeQuery("""
                select p.id, p.display_name, mu.name, p.in_office_since
                  from network_membership m join participant p on p.id = m.participant_id
                  left join municipality mu on mu.id = p.municipality_id
                 where m.network_id = ?1 and m.state = 'ACTIVE' and %s
                 order by p.in_office_since desc, lower(p.display_name)""".formatted(DirectoryRepository.NEW_IN_OFFICE))
                .setParameter(1, networkId).setMaxResults(NEWCOMERS_SHOWN).getResultList();
        List<Newcomer> newcomers = newcomerRows.stream()
                .map(row -> new Newcomer((UUID) row[0], (String) row[1], (String) row[2], toDate(row[3])))
                .toList();
        return new NetworkStats(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(), byKind, byStatus, newcomers);
    }

    private List<Count> counts(List<String> keys, String sql, UUID networkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, networkId).getResultList();
        Map<String, Long> found = new HashMap<>();
        rows.forEach(row -> found.put((String) row[0], ((Number) row[1]).longValue()));
        List<Count> counts = new ArrayList<>();
        keys.forEach(key -> counts.add(new Count(key, found.getOrDefault(key, 0L))));
        return counts;
    }

    private static LocalDate toDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
