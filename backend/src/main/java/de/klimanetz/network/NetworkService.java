package de.klimanetz.network;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.network.dto.NetworkRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class NetworkService {

    private final NetworkRepository networks;
    private final NetworkChanges changes;

    NetworkService(NetworkRepository networks, NetworkChanges changes) {
        this.networks = networks;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Network> list(PageRequest request, java.time.OffsetDateTime updatedSince) {
        return Page.of(networks.page(request, updatedSince), request, networks.count(updatedSince));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Network get(UUID id) {
        return networks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("detail.network-not-found", id));
    }

    @Transactional
    public Network create(NetworkRequest request) {
        Network network = new Network();
        network.id = UUID.randomUUID();
        NetworkMapper.apply(request, network);
        network.markCreated();
        networks.persistAndFlush(network);
        changes.created(network);
        return network;
    }

    /** Replaces the editable fields if the caller has seen the current version (If-Match). */
    @Transactional
    public Network replace(UUID id, String ifMatch, NetworkRequest request) {
        Network network = get(id);
        EntityTags.requireMatch(ifMatch, network.version);
        NetworkMapper.apply(request, network);
        network.markUpdated();
        // Flush here so that a concurrent update surfaces as an OptimisticLockException (412), not at commit.
        networks.flush();
        changes.updated(network);
        return network;
    }
}
