package de.klimanetz.municipality;

import de.klimanetz.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, UUID> {

    /** The search text as a LIKE pattern, folded by PostgreSQL itself once per statement (an InitPlan). */
    private static final String PATTERN = "(select '%' || klimanetz_fold(cast(:q as text)) || '%')";
    private static final String PREFIX = "(select klimanetz_fold(cast(:q as text)) || '%')";

    /**
     * One page matching the search (the page's ids in order, then the page with the parents): a text finds
     * names containing it through a trigram index (municipality_name_trgm_idx), names that begin
     * with it first; digits find official keys by prefix (municipality_official_key_prefix_idx).
     * Names in German order (municipality_name_de_idx).
     */
    public List<Municipality> search(MunicipalitySearch search, PageRequest page) {
        Query ids = getEntityManager().createNativeQuery("select m.id from municipality m where " + where(search) + " order by "
                + (search.nameText() != null ? "klimanetz_fold(m.name) like " + PREFIX + " escape '\\' desc, " : "")
                + "m.name collate \"de-DE-x-icu\", m.id");
        bind(ids, search);
        @SuppressWarnings("unchecked")
        List<UUID> order = ids.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        if (order.isEmpty()) {
            return List.of();
        }
        Map<UUID, Municipality> found = list("select m from Municipality m left join fetch m.parent where m.id in ?1", order).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m));
        return order.stream().map(found::get).toList();
    }

    public long count(MunicipalitySearch search) {
        Query count = getEntityManager().createNativeQuery("select count(*) from municipality m where " + where(search));
        bind(count, search);
        return ((Number) count.getSingleResult()).longValue();
    }

    public Optional<Municipality> findWithParent(UUID id) {
        return find("select m from Municipality m left join fetch m.parent where m.id = ?1", id).firstResultOptional();
    }

    public boolean officialKeyTaken(String officialKey, UUID exceptId) {
        return count("officialKey = ?1 and id <> ?2", officialKey, exceptId) > 0;
    }

    private static String where(MunicipalitySearch search) {
        StringBuilder where = new StringBuilder("true");
        if (search.keyPrefix() != null) {
            where.append(" and m.official_key like :keyPrefix");
        }
        if (search.nameText() != null) {
            where.append(" and klimanetz_fold(m.name) like ").append(PATTERN).append(" escape '\\'");
        }
        if (search.kind() != null) {
            where.append(" and m.kind = :kind");
        }
        if (search.updatedSince() != null) {
            where.append(" and m.updated_at > :since");
        }
        return where.toString();
    }

    private static void bind(Query query, MunicipalitySearch search) {
        if (search.keyPrefix() != null) {
            query.setParameter("keyPrefix", search.keyPrefix() + "%");
        }
        if (search.nameText() != null) {
            query.setParameter("q", escapeLike(search.nameText()));
        }
        if (search.kind() != null) {
            query.setParameter("kind", search.kind().name());
        }
        if (search.updatedSince() != null) {
            query.setParameter("since", search.updatedSince());
        }
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
