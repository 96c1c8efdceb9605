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

    NetworkService(NetworkRepository networks) {
        this.networks = networks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Network> list(PageRequest request) {
        return Page.of(networks.page(request), request, networks.count());
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
        return network;
    }
}
