package de.klimanetz.network;

import de.klimanetz.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, UUID> {

    /** One page, sorted by name (index network_name_id_idx); only those changed after {@code since}, if given. */
    public List<Network> page(PageRequest request, java.time.OffsetDateTime since) {
        return (since == null ? findAll(Sort.by("name").and("id")) : find("updatedAt > ?1", Sort.by("name").and("id"), since))
                .range((int) request.offset(), (int) request.offset() + request.size() - 1)
                .list();
    }

    public long count(java.time.OffsetDateTime since) {
        return since == null ? count() : count("updatedAt > ?1", since);
    }
}
