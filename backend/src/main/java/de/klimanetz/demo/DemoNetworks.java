package de.klimanetz.demo;

import de.klimanetz.network.Network;
import de.klimanetz.network.NetworkRepository;
import de.klimanetz.network.Organizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The network of the press release (../shared/seed): PlattformKlima.NRW, organised by Kommunal Agentur NRW. */
@ApplicationScoped
public class DemoNetworks {

    public static final UUID NRW_NETWORK_ID = UUID.fromString("0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11");

    private final NetworkRepository networks;

    DemoNetworks(NetworkRepository networks) {
        this.networks = networks;
    }

    @Transactional
    int ensurePresent() {
        if (networks.findByIdOptional(NRW_NETWORK_ID).isPresent()) {
            return 0;
        }
        Network network = new Network();
        network.id = NRW_NETWORK_ID;
        network.name = "Netzwerk Klimaschutzmanagement NRW";
        network.description = "Das Netzwerk der PlattformKlima.NRW für Klimaschutzmanagerinnen und -manager aus rund "
                + "30 Kommunen in Nordrhein-Westfalen. Alle zwei Wochen trifft es sich im Online-Raum der Kommunal "
                + "Agentur NRW, regelmäßig auch vor Ort – zuletzt im Kreishaus Unna. Im Mittelpunkt stehen der "
                + "Austausch über integrierte Klimaschutzkonzepte und das gegenseitige Kennenlernen.";
        network.region = "Nordrhein-Westfalen";
        network.organizer = new Organizer("Kommunal Agentur NRW", "netzwerk@kommunalagentur-nrw.example.org");
        network.eligibility = "Geförderte Klimaschutzmanagerinnen und -manager, die seit dem 1. Januar 2019 in "
                + "nordrhein-westfälischen Kommunalverwaltungen eingestellt wurden und ein integriertes "
                + "Klimaschutzkonzept erstellen.";
        network.createdAt = OffsetDateTime.of(2019, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        network.updatedAt = network.createdAt;
        networks.persist(network);
        return 1;
    }
}
