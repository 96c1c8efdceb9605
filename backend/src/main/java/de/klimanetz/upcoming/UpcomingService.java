package de.klimanetz.upcoming;

import de.klimanetz.event.Event;
import de.klimanetz.event.EventRepository;
import de.klimanetz.event.RegistrationRepository;
import de.klimanetz.event.dto.MyRegistrationSummary;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.membership.MembershipState;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomMapper;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.OnlineRoomService;
import de.klimanetz.onlineroom.SessionCatalog;
import de.klimanetz.onlineroom.SessionView;
import de.klimanetz.participant.Participant;
import de.klimanetz.upcoming.dto.UpcomingEvent;
import de.klimanetz.upcoming.dto.UpcomingItem;
import de.klimanetz.upcoming.dto.UpcomingList;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person's next online sessions and on-site events across all their networks: the home page's agenda. */
@ApplicationScoped
public class UpcomingService {

    private static final int HORIZON_DAYS = 400;

    private final OnlineRoomRepository rooms;
    private final SessionCatalog catalog;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final MembershipRepository memberships;
    private final NetworkAccess access;

    UpcomingService(OnlineRoomRepository rooms, SessionCatalog catalog, EventRepository events, RegistrationRepository registrations,
                    MembershipRepository memberships, NetworkAccess access) {
        this.rooms = rooms;
        this.catalog = catalog;
        this.events = events;
        this.registrations = registrations;
        this.memberships = memberships;
        this.access = access;
    }

    private record Entry(Instant startsAt, String title, UpcomingItem item) {
    }

    @Transactional
    public UpcomingList upcoming(int limit) {
        Participant me = access.caller().orElseThrow(ForbiddenException::new);
        Map<UUID, String> networkNames = new LinkedHashMap<>();
        memberships.ofParticipant(me.id).stream()
                .filter(m -> m.state == MembershipState.ACTIVE)
                .forEach(m -> networkNames.put(m.network.id, m.network.name));
        OffsetDateTime now = OffsetDateTime.now();
        List<Entry> entries = new ArrayList<>();
        sessions(me, networkNames, now, entries);
        events(me, networkNames, now, limit, entries);
        List<UpcomingItem> items = entries.stream()
                .sorted(Comparator.comparing(Entry::startsAt).thenComparing(Entry::title))
                .limit(limit)
                .map(Entry::item)
                .toList();
        return new UpcomingList(items);
    }

    private void sessions(Participant me, Map<UUID, String> networkNames, OffsetDateTime now, List<Entry> entries) {
        List<OnlineRoom> found = rooms.openInNetworks(networkNames.keySet());
        LocalDate today = LocalDate.now(ZoneId.of(OnlineRoomService.DEFAULT_TIME_ZONE));
        Map<UUID, List<SessionView>> sessions = catalog.sessions(found.stream().map(r -> r.id).toList(),
                today.minusDays(1), today.plusDays(HORIZON_DAYS), me.id);
        for (OnlineRoom room : found) {
            for (SessionView session : sessions.get(room.id)) {
                if (!session.isOver(now)) {
                    entries.add(new Entry(session.startsAt().toInstant(), room.title,
                            new UpcomingItem(UpcomingItem.ONLINE_SESSION, room.networkId, networkNames.get(room.networkId), room.id,
                                    room.title, room.joinUrl, room.accessCode, room.dialIn, OnlineRoomMapper.session(session, now), null)));
                }
            }
        }
    }

    /** Only the first {@code limit} events can make it into the agenda, whatever the sessions. */
    private void events(Participant me, Map<UUID, String> networkNames, OffsetDateTime now, int limit, List<Entry> entries) {
        List<Event> found = events.upcomingIn(networkNames.keySet(), now, limit);
        List<UUID> ids = found.stream().map(e -> e.id).toList();
        Map<UUID, RegistrationRepository.Mine> mine = registrations.mineIn(me.id, ids);
        for (Event event : found) {
            var my = mine.get(event.id);
            MyRegistrationSummary summary = my == null ? null
                    : new MyRegistrationSummary(my.registration().id, my.registration().status, my.position());
            UpcomingEvent upcoming = new UpcomingEvent(event.id, event.title, event.status, event.startsAt, event.endsAt,
                    event.venue.name, event.venue.city, summary);
            entries.add(new Entry(event.startsAt.toInstant(), event.title, new UpcomingItem(UpcomingItem.ON_SITE_EVENT, event.networkId,
                    networkNames.get(event.networkId), null, null, null, null, null, null, upcoming)));
        }
    }
}
