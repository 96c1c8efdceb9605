package de.klimanetz.onlineroom;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.membership.MembershipState;
import de.klimanetz.membership.NetworkAccess;
import de.klimanetz.onlineroom.dto.UpcomingItem;
import de.klimanetz.onlineroom.dto.UpcomingList;
import de.klimanetz.participant.Participant;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person's next sessions across all their networks: the home page's agenda. */
@ApplicationScoped
public class UpcomingService {

    private static final int HORIZON_DAYS = 400;

    private final OnlineRoomRepository rooms;
    private final SessionCatalog catalog;
    private final MembershipRepository memberships;
    private final NetworkAccess access;

    UpcomingService(OnlineRoomRepository rooms, SessionCatalog catalog, MembershipRepository memberships, NetworkAccess access) {
        this.rooms = rooms;
        this.catalog = catalog;
        this.memberships = memberships;
        this.access = access;
    }

    public static int parseLimit(String value) {
        if (value == null || value.isBlank()) {
            return 10;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= 50) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(List.of(new Violation("limit", "violation.limit-range")));
    }

    @Transactional
    public UpcomingList upcoming(int limit) {
        Participant me = access.caller().orElseThrow(ForbiddenException::new);
        Map<UUID, String> networkNames = new LinkedHashMap<>();
        memberships.ofParticipant(me.id).stream()
                .filter(m -> m.state == MembershipState.ACTIVE)
                .forEach(m -> networkNames.put(m.network.id, m.network.name));
        List<OnlineRoom> found = rooms.openInNetworks(networkNames.keySet());
        LocalDate today = LocalDate.now(ZoneId.of(OnlineRoomService.DEFAULT_TIME_ZONE));
        OffsetDateTime now = OffsetDateTime.now();
        Map<UUID, List<SessionView>> sessions = catalog.sessions(found.stream().map(r -> r.id).toList(),
                today.minusDays(1), today.plusDays(HORIZON_DAYS), me.id);
        record Entry(OnlineRoom room, SessionView session) {
        }
        List<Entry> entries = new ArrayList<>();
        for (OnlineRoom room : found) {
            sessions.get(room.id).stream().filter(s -> !s.isOver(now)).forEach(s -> entries.add(new Entry(room, s)));
        }
        List<UpcomingItem> items = entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.session().startsAt().toInstant()).thenComparing(e -> e.room().title))
                .limit(limit)
                .map(e -> new UpcomingItem(UpcomingItem.ONLINE_SESSION, e.room().networkId, networkNames.get(e.room().networkId),
                        e.room().id, e.room().title, e.room().joinUrl, e.room().accessCode, e.room().dialIn,
                        OnlineRoomMapper.session(e.session(), now)))
                .toList();
        return new UpcomingList(items);
    }
}
