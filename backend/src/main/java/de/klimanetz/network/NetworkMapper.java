package de.klimanetz.network;

import de.klimanetz.network.dto.NetworkRequest;
import de.klimanetz.network.dto.NetworkResponse;
import de.klimanetz.network.dto.OrganizerDto;

final class NetworkMapper {

    private NetworkMapper() {
    }

    static NetworkResponse toResponse(Network network) {
        return new NetworkResponse(
                network.id,
                network.name,
                network.description,
                network.region,
                new OrganizerDto(network.organizer.name, network.organizer.contactEmail),
                network.eligibility,
                network.createdAt,
                network.updatedAt);
    }

    /** Copies the client-editable fields; ids, timestamps and version stay with the service. */
    static void apply(NetworkRequest request, Network network) {
        network.name = request.name().strip();
        network.description = request.description() == null ? "" : request.description().strip();
        network.region = request.region().strip();
        network.organizer = new Organizer(request.organizer().name().strip(), request.organizer().contactEmail().strip());
        network.eligibility = request.eligibility().strip();
    }
}
