package de.klimanetz.membership;

import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.membership.dto.DirectoryEntry;
import de.klimanetz.membership.dto.DirectoryEntry.DirectoryMunicipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The directory of a network in two statements per page (rows, count): active members with their
 * municipality and its concept status. Native SQL because topics are a PostgreSQL array.
 *
 * <p>At scale (networks of a thousand members): the name order comes from an index on the
 * memberships (each carries its person's name, see V9), so a page costs the same whatever the
 * network's size; a search text of three or more characters first finds the people whose name,
 * municipality or topics contain it through trigram indexes, then keeps those in the network.
 * Search ignores case and accents ({@code klimanetz_fold}); names sort in German order.
 */
@ApplicationScoped
public class DirectoryRepository {

    /** "New in office" means in office for less than six months. */
    static final String NEW_IN_OFFICE = "p.in_office_since > current_date - interval '6 months'";

    private static final Map<DirectorySort, String> ORDER = Map.of(
            DirectorySort.NAME, "m.sort_name, m.participant_id",
            DirectorySort.MUNICIPALITY, "mu.name collate \"de-DE-x-icu\" nulls last, m.sort_name, m.participant_id",
            DirectorySort.IN_OFFICE_SINCE, "p.in_office_since desc nulls last, m.sort_name, m.participant_id");

    private static final String FROM = """
             from network_membership m
             join participant p on p.id = m.participant_id
             left join municipality mu on mu.id = p.municipality_id
             left join climate_concept c on c.municipality_id = mu.id
            where m.network_id = :network and m.state = 'ACTIVE'
            """;

    /** The search text as a LIKE pattern, folded by PostgreSQL itself once per statement (an InitPlan). */
    private static final String PATTERN = "(select '%' || klimanetz_fold(cast(:q as text)) || '%')";

    /** Whom a text can find: the trigram indexes' candidates (the exact test follows in TEXT). */
    private static final String CANDIDATES = """
             and m.participant_id in (
                 select cp.id from participant cp where klimanetz_fold(cp.display_name) like {pattern} escape '\\'
                 union
                 select cp.id from participant cp join municipality cm on cm.id = cp.municipality_id
                  where klimanetz_fold(cm.name) like {pattern} escape '\\' or cm.official_key like :keyPrefix
                 union
                 select cp.id from participant cp where klimanetz_fold(klimanetz_topics(cp.topics)) like {pattern} escape '\\')
            """.replace("{pattern}", PATTERN);

    private static final String TEXT = """
             and (klimanetz_fold(p.display_name) like {pattern} escape '\\' or klimanetz_fold(mu.name) like {pattern} escape '\\'
                  or mu.official_key like :keyPrefix
                  or exists (select 1 from unnest(p.topics) t where klimanetz_fold(t) like {pattern} escape '\\'))
            """.replace("{pattern}", PATTERN);

    /** Below three characters a trigram index cannot narrow the search: the network's members are read instead. */
    private static final int TRIGRAM = 3;

    private final EntityManager em;

    DirectoryRepository(EntityManager em) {
        this.em = em;
    }

    public List<DirectoryEntry> page(UUID networkId, DirectorySearch search, PageRequest page) {
        Query query = em.createNativeQuery("""
                select p.id, p.display_name, p.job_title, mu.id as municipality_id, mu.name, mu.official_key, mu.kind,
                       coalesce(c.status, 'NOT_STARTED') as concept_status, p.in_office_since,
                       (%s) as new_in_office, p.topics, m.role, m.since,
                       case when p.show_email then p.email end, case when p.show_phone then p.phone end, m.version
                """.formatted(NEW_IN_OFFICE) + FROM + where(search) + " order by " + ORDER.get(search.sort()));
        bind(query, networkId, search);
        query.setFirstResult((int) page.offset());
        query.setMaxResults(page.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(DirectoryRepository::toEntry).toList();
    }

    public long count(UUID networkId, DirectorySearch search) {
        String from = search.text() == null && search.municipalityKind() == null && search.conceptStatus() == null
                && !search.newInOffice()
                ? " from network_membership m where m.network_id = :network and m.state = 'ACTIVE'"
                : FROM + where(search);
        Query query = em.createNativeQuery("select count(*) " + from);
        bind(query, networkId, search);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(DirectorySearch search) {
        StringBuilder where = new StringBuilder();
        if (search.text() != null) {
            if (search.text().length() >= TRIGRAM) {
                where.append(CANDIDATES);
            }
            where.append(TEXT);
        }
        if (search.municipalityKind() != null) {
            where.append(" and mu.kind = :kind");
        }
        if (search.conceptStatus() != null) {
            where.append(" and mu.id is not null and coalesce(c.status, 'NOT_STARTED') = :status");
        }
        if (search.newInOffice()) {
            where.append(" and ").append(NEW_IN_OFFICE);
        }
        return where.toString();
    }

    private static void bind(Query query, UUID networkId, DirectorySearch search) {
        query.setParameter("network", networkId);
        if (search.text() != null) {
            query.setParameter("q", search.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
            // Only digits can start an official key; anything else must not match one.
            boolean digits = search.text().chars().allMatch(Character::isDigit);
            query.setParameter("keyPrefix", digits ? search.text() + "%" : "");
        }
        if (search.municipalityKind() != null) {
            query.setParameter("kind", search.municipalityKind().name());
        }
        if (search.conceptStatus() != null) {
            query.setParameter("status", search.conceptStatus().name());
        }
    }

    private static DirectoryEntry toEntry(Object[] row) {
        DirectoryMunicipality municipality = row[3] == null ? null : new DirectoryMunicipality(
                (UUID) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7]);
        return new DirectoryEntry(
                (UUID) row[0], (String) row[1], (String) row[2], municipality,
                toDate(row[8]), Boolean.TRUE.equals(row[9]), topics(row[10]),
                MembershipRole.valueOf((String) row[11]), toDate(row[12]),
                EntityTags.of(((Number) row[15]).longValue()).toString(), (String) row[13], (String) row[14]);
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    private static List<String> topics(Object value) {
        try {
            Object array = value instanceof Array sqlArray ? sqlArray.getArray() : value;
            return array instanceof Object[] items ? Arrays.stream(items).map(String::valueOf).toList() : List.of();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
