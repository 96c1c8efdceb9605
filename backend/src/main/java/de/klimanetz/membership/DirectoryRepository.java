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
 */
@ApplicationScoped
public class DirectoryRepository {

    /** "New in office" means in office for less than six months. */
    static final String NEW_IN_OFFICE = "p.in_office_since > current_date - interval '6 months'";

    private static final Map<String, String> ORDER = Map.of(
            "name", "lower(p.display_name), p.id",
            "municipality", "lower(mu.name) nulls last, lower(p.display_name), p.id",
            "inOfficeSince", "p.in_office_since desc nulls last, lower(p.display_name), p.id");

    private static final String FROM = """
             from network_membership m
             join participant p on p.id = m.participant_id
             left join municipality mu on mu.id = p.municipality_id
             left join climate_concept c on c.municipality_id = mu.id
            where m.network_id = :network and m.state = 'ACTIVE'
            """;

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
        Query query = em.createNativeQuery("select count(*) " + FROM + where(search));
        bind(query, networkId, search);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(DirectorySearch search) {
        StringBuilder where = new StringBuilder();
        if (search.text() != null) {
            where.append("""
                     and (lower(p.display_name) like :text escape '\\' or lower(mu.name) like :text escape '\\'
                          or mu.official_key like :keyPrefix
                          or exists (select 1 from unnest(p.topics) t where lower(t) like :text escape '\\'))
                    """);
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
            String escaped = search.text().toLowerCase(java.util.Locale.GERMAN)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            query.setParameter("text", "%" + escaped + "%");
            // Only digits can start an official key; anything else must not match one.
            boolean digits = search.text().chars().allMatch(Character::isDigit);
            query.setParameter("keyPrefix", digits ? search.text() + "%" : "");
        }
        if (search.municipalityKind() != null) {
            query.setParameter("kind", search.municipalityKind());
        }
        if (search.conceptStatus() != null) {
            query.setParameter("status", search.conceptStatus());
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
