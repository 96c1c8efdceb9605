package de.klimanetz.municipality;

import de.klimanetz.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, UUID> {

    /**
     * One page matching the search, parents fetched in the same statement. A query of digits
     * searches official keys by prefix, anything else names by prefix (indexes
     * municipality_official_key_prefix_idx and municipality_name_prefix_idx).
     */
    public List<Municipality> search(MunicipalitySearch search, PageRequest page) {
        return find("select m from Municipality m left join fetch m.parent where " + where(search)
                        + " order by m.name, m.id", parameters(search))
                .range((int) page.offset(), (int) page.offset() + page.size() - 1)
                .list();
    }

    public long count(MunicipalitySearch search) {
        return count("from Municipality m where " + where(search), parameters(search));
    }

    public Optional<Municipality> findWithParent(UUID id) {
        return find("select m from Municipality m left join fetch m.parent where m.id = ?1", id).firstResultOptional();
    }

    public boolean officialKeyTaken(String officialKey, UUID exceptId) {
        return count("officialKey = ?1 and id <> ?2", officialKey, exceptId) > 0;
    }

    private static String where(MunicipalitySearch search) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (search.keyPrefix() != null) {
            where.append(" and m.officialKey like :keyPrefix");
        }
        if (search.namePrefix() != null) {
            where.append(" and lower(m.name) like :namePrefix escape '\\'");
        }
        if (search.kind() != null) {
            where.append(" and m.kind = :kind");
        }
        if (search.updatedSince() != null) {
            where.append(" and m.updatedAt > :since");
        }
        return where.toString();
    }

    private static Parameters parameters(MunicipalitySearch search) {
        Parameters parameters = new Parameters();
        if (search.keyPrefix() != null) {
            parameters.and("keyPrefix", search.keyPrefix() + "%");
        }
        if (search.namePrefix() != null) {
            parameters.and("namePrefix", escapeLike(search.namePrefix()) + "%");
        }
        if (search.kind() != null) {
            parameters.and("kind", search.kind());
        }
        if (search.updatedSince() != null) {
            parameters.and("since", search.updatedSince());
        }
        return parameters;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
