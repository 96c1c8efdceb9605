package de.klimanetz.attendance;

import de.klimanetz.attendance.dto.AttendanceReportResponse;
import de.klimanetz.membership.Membership;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.membership.NetworkAccess;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.onlineroom.AttendanceStatus;
import de.klimanetz.onlineroom.DateWindow;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.OnlineRoomService;
import de.klimanetz.onlineroom.SessionAttendance;
import de.klimanetz.onlineroom.SessionAttendanceRepository;
import de.klimanetz.onlineroom.SessionCatalog;
import de.klimanetz.onlineroom.SessionView;
import de.klimanetz.onlineroom.dto.PersonRef;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attendance per person over a period, for funding reports. A session counts for a person when it
 * was held (not cancelled, already begun) while they were a member, or when they have a record for
 * it; a held session without a record counts as absent. Six statements whatever the period.
 */
@ApplicationScoped
public class AttendanceReportService {

    private final OnlineRoomRepository rooms;
    private final SessionCatalog catalog;
    private final SessionAttendanceRepository attendance;
    private final MembershipRepository memberships;
    private final ParticipantRepository participants;
    private final NetworkAccess access;

    AttendanceReportService(OnlineRoomRepository rooms, SessionCatalog catalog, SessionAttendanceRepository attendance,
                            MembershipRepository memberships, ParticipantRepository participants, NetworkAccess access) {
        this.rooms = rooms;
        this.catalog = catalog;
        this.attendance = attendance;
        this.memberships = memberships;
        this.participants = participants;
        this.access = access;
    }

    private record Held(UUID roomId, LocalDate date) {
    }

    @Transactional
    public AttendanceReportResponse report(UUID networkId, String fromParam, String toParam) {
        LocalDate today = LocalDate.now(ZoneId.of(OnlineRoomService.DEFAULT_TIME_ZONE));
        DateWindow window = DateWindow.parse(fromParam, toParam, today.withDayOfYear(1), today);
        access.requireReportReader(networkId);

        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> roomIds = rooms.allOfNetwork(networkId).stream().map(r -> r.id).toList();
        List<Held> held = new ArrayList<>();
        catalog.sessions(roomIds, window.from(), window.to(), null).forEach((roomId, views) -> {
            for (SessionView view : views) {
                if (!view.cancelled() && view.hasBegun(now)) {
                    held.add(new Held(roomId, view.occurrence().date()));
                }
            }
        });
        Map<Held, Map<UUID, AttendanceStatus>> records = new HashMap<>();
        for (SessionAttendance record : attendance.ofRooms(roomIds, window.from(), window.to())) {
            records.computeIfAbsent(new Held(record.roomId, record.date), k -> new HashMap<>()).put(record.participantId, record.status);
        }

        Map<UUID, Participant> people = new LinkedHashMap<>();
        Map<UUID, List<Membership>> periods = new HashMap<>();
        for (Membership membership : memberships.membersDuring(networkId, window.from(), window.to())) {
            people.putIfAbsent(membership.participant.id, membership.participant);
            periods.computeIfAbsent(membership.participant.id, k -> new ArrayList<>()).add(membership);
        }
        List<UUID> recordedOnly = records.values().stream().flatMap(m -> m.keySet().stream())
                .distinct().filter(id -> !people.containsKey(id)).toList();
        if (!recordedOnly.isEmpty()) {
            participants.list("from Participant p left join fetch p.municipality where p.id in ?1", recordedOnly)
                    .forEach(p -> people.put(p.id, p));
        }

        List<AttendanceReportResponse.Row> rows = new ArrayList<>();
        for (Participant person : people.values()) {
            int sessions = 0;
            int present = 0;
            int excused = 0;
            for (Held session : held) {
                AttendanceStatus status = records.getOrDefault(session, Map.of()).get(person.id);
                if (status == null && !memberOn(periods.getOrDefault(person.id, List.of()), session.date())) {
                    continue;
                }
                sessions++;
                if (status == AttendanceStatus.PRESENT) {
                    present++;
                } else if (status == AttendanceStatus.EXCUSED) {
                    excused++;
                }
            }
            if (sessions > 0) {
                MunicipalityRef municipality = person.municipality == null ? null
                        : new MunicipalityRef(person.municipality.id, person.municipality.name, person.municipality.officialKey);
                rows.add(new AttendanceReportResponse.Row(new PersonRef(person.id, person.displayName), municipality,
                        sessions, present, excused, sessions - present - excused));
            }
        }
        rows.sort(Comparator.comparing((AttendanceReportResponse.Row r) -> r.participant().displayName())
                .thenComparing(r -> r.participant().id()));
        return new AttendanceReportResponse(window.from(), window.to(), held.size(), rows);
    }

    private static boolean memberOn(List<Membership> periods, LocalDate date) {
        return periods.stream().anyMatch(m -> !m.since.isAfter(date) && (m.leftOn == null || m.leftOn.isAfter(date)));
    }
}
