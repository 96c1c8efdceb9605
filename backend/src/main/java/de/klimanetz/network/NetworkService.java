package de.klimanetz.network;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Versioned;
import de.klimanetz.network.dto.NetworkResponse;
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

    @Transactional
    public Page<NetworkResponse> list(PageRequest request, java.time.OffsetDateTime updatedSince) {
        return Page.of(networks.page(request, updatedSince), request, networks.count(updatedSince)).map(NetworkMapper::toResponse);
    }

    @Transactional
    public Versioned<NetworkResponse> read(UUID id) {
        return versioned(get(id));
    }

    /** The network itself, for other services in their transaction; 404 if there is none. */
    @Transactional
    public Network get(UUID id) {
        return networks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("detail.network-not-found", id));
    }

    @Transactional
    public Versioned<NetworkResponse> create(NetworkRequest request) {
        Network network = new Network();
        network.id = UUID.randomUUID();
        NetworkMapper.apply(request, network);
        network.markCreated();
        networks.persistAndFlush(network);
        changes.created(network);
        return versioned(network);
    }

    /** Replaces the editable fields if the caller has seen the current version (If-Match). */
    @Transactional
    public Versioned<NetworkResponse> replace(UUID id, String ifMatch, NetworkRequest request) {
        Network network = get(id);
        EntityTags.requireMatch(ifMatch, network.version);
        NetworkMapper.apply(request, network);
        network.markUpdated();
        // Flush here so that a concurrent update surfaces as an OptimisticLockException (412), not at commit.
        networks.flush();
        changes.updated(network);
        return versioned(network);
    }

    private static Versioned<NetworkResponse> versioned(Network network) {
        return new Versioned<>(NetworkMapper.toResponse(network), network.version);
    }
}
