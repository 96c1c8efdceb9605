package de.klimanetz.calendar;

import de.klimanetz.event.EventRepository;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.membership.MembershipState;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.network.Network;
import de.klimanetz.network.NetworkService;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.RoomScheduleRepository;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.onlineroom.SessionOverride;
import de.klimanetz.onlineroom.SessionOverrideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The calendars: a network's rooms and events for its readers, and a person's across their networks. */
@ApplicationScoped
public class CalendarService {

    private final OnlineRoomRepository rooms;
    private final RoomScheduleRepository schedules;
    private final SessionOverrideRepository overrides;
    private final MembershipRepository memberships;
    private final NetworkService networks;
    private final NetworkAccess access;
    private final EventRepository events;

    CalendarService(EventRepository events, OnlineRoomRepository rooms, RoomScheduleRepository schedules, SessionOverrideRepository overrides,
                    MembershipRepository memberships, NetworkService networks, NetworkAccess access) {
        this.rooms = rooms;
        this.schedules = schedules;
        this.overrides = overrides;
        this.memberships = memberships;
        this.networks = networks;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public String ofNetwork(UUID networkId) {
        access.requireDirectoryReader(networkId);
        Network network = networks.get(networkId);
        Map<UUID, String> names = Map.of(networkId, network.name);
        return CalendarWriter.write(network.name, entries(names), onSite(names), access.seesJoinDetails(networkId));
    }

    /** The person's feed: rooms of every network they are an active member of, with join details. */
    @Transactional
    public String ofParticipant(UUID participantId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        memberships.ofParticipant(participantId).stream()
                .filter(m -> m.state == MembershipState.ACTIVE)
                .forEach(m -> names.put(m.network.id, m.network.name));
        return CalendarWriter.write("Klimanetz", entries(names), onSite(names), true);
    }

    private List<EventCalendarEntry> onSite(Map<UUID, String> networkNames) {
        return events.visibleIn(networkNames.keySet()).stream()
                .map(event -> new EventCalendarEntry(event, networkNames.get(event.networkId)))
                .toList();
    }

    private List<RoomCalendarEntry> entries(Map<UUID, String> networkNames) {
        List<OnlineRoom> found = rooms.openInNetworks(networkNames.keySet());
        List<UUID> ids = found.stream().map(r -> r.id).toList();
        Map<UUID, SchedulePlan> plans = schedules.plansOf(ids);
        Map<UUID, List<SessionOverride>> changed = overrides.ofRooms(ids).stream()
                .collect(Collectors.groupingBy(o -> o.roomId));
        return found.stream()
                .map(room -> new RoomCalendarEntry(room, networkNames.get(room.networkId), plans.get(room.id),
                        changed.getOrDefault(room.id, List.of())))
                .toList();
    }
}
