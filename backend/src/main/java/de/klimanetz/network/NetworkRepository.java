package de.klimanetz.network;

import de.klimanetz.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, UUID> {

    /** One page, sorted by name (index network_name_id_idx). */
    public List<Network> page(PageRequest request) {
        return findAll(Sort.by("name").and("id"))
                .range((int) request.offset(), (int) request.offset() + request.size() - 1)
                .list();
    }
}
