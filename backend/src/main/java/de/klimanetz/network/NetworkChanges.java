package de.klimanetz.network;

import de.klimanetz.changes.ChangeLog;
import de.klimanetz.changes.ChangeType;
import de.klimanetz.network.dto.NetworkResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** Networks in the change feed: as everybody reads them (the organiser is an organisation, not a person). */
@ApplicationScoped
public class NetworkChanges {

    public record Data(NetworkResponse network, long version) {
    }

    private final ChangeLog log;

    NetworkChanges(ChangeLog log) {
        this.log = log;
    }

    void created(Network network) {
        log.record(ChangeType.NETWORK_CREATED, network.id, network.id, true, new Data(NetworkMapper.toResponse(network), network.version));
    }

    void updated(Network network) {
        log.record(ChangeType.NETWORK_UPDATED, network.id, network.id, true, new Data(NetworkMapper.toResponse(network), network.version));
    }
}
