package de.klimanetz.demo;

import de.klimanetz.config.KlimanetzConfig;
import de.klimanetz.network.NetworkService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads the demo data of DOMAIN.md once (local runs only: {@code KLIMANETZ_DEMO_DATA=true}).
 * Each piece has a fixed id, so a restart finds it and adds nothing twice.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final KlimanetzConfig config;
    private final DemoNetworks networks;
    private final DemoMunicipalities municipalities;
    private final DemoPeople people;
    private final DemoOnlineRoom onlineRoom;
    private final DemoEvent onSiteEvent;
    private final DemoDirectory directory;

    DemoDataLoader(KlimanetzConfig config, DemoNetworks networks, DemoMunicipalities municipalities, DemoPeople people,
                   DemoOnlineRoom onlineRoom, DemoEvent onSiteEvent, DemoDirectory directory) {
        this.config = config;
        this.networks = networks;
        this.municipalities = municipalities;
        this.people = people;
        this.onlineRoom = onlineRoom;
        this.onSiteEvent = onSiteEvent;
        this.directory = directory;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData().enabled()) {
            return;
        }
        long started = System.nanoTime();
        int addedNetworks = networks.ensurePresent();
        int addedMunicipalities = municipalities.ensurePresent();
        int addedPeople = people.ensurePresent();
        int addedRooms = onlineRoom.ensurePresent();
        int addedEvents = onSiteEvent.ensurePresent();
        // after the room and the event: the directory's members get attendance and registrations
        int addedMembers = directory.ensurePresent();
        LOG.infof("Demo data: %d network(s), %d municipalities, %d people, %d online room(s), %d event(s), %d directory "
                        + "member(s) added in %d ms", addedNetworks, addedMunicipalities, addedPeople, addedRooms, addedEvents,
                addedMembers, (System.nanoTime() - started) / 1_000_000);
    }
}
