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

/**
 * The dashboard counts of a network in two statements, whatever its size: members per kind of
 * municipality and concept status (summed up in Java into the totals, the counts per kind and the
 * municipalities per status), and the newcomers.
 */
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
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("""
                select coalesce(mu.kind, 'NONE'), coalesce(c.status, 'NOT_STARTED'), count(*), count(distinct mu.id),
                       count(*) filter (where %s)
                  from network_membership m join participant p on p.id = m.participant_id
                  left join municipality mu on mu.id = p.municipality_id
                  left join climate_concept c on c.municipality_id = mu.id
                 where m.network_id = ?1 and m.state = 'ACTIVE'
                 group by 1, 2""".formatted(DirectoryRepository.NEW_IN_OFFICE))
                .setParameter(1, networkId).getResultList();
        long members = 0;
        long newInOffice = 0;
        Map<String, Long> perKind = new HashMap<>();
        Map<String, Long> municipalitiesPerStatus = new HashMap<>();
        for (Object[] group : groups) {
            long count = ((Number) group[2]).longValue();
            members += count;
            newInOffice += ((Number) group[4]).longValue();
            perKind.merge((String) group[0], count, Long::sum);
            // a municipality has one kind and one status: its distinct count per (kind, status) adds up per status
            municipalitiesPerStatus.merge((String) group[1], ((Number) group[3]).longValue(), Long::sum);
        }
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
        return new NetworkStats(members, newInOffice, counts(KINDS, perKind), counts(STATUSES, municipalitiesPerStatus), newcomers);
    }

    private static List<Count> counts(List<String> keys, Map<String, Long> found) {
        List<Count> counts = new ArrayList<>();
        keys.forEach(key -> counts.add(new Count(key, found.getOrDefault(key, 0L))));
        return counts;
    }

    private static LocalDate toDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
