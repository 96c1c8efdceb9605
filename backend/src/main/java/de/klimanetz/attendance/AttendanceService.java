package de.klimanetz.attendance;

import de.klimanetz.attendance.dto.AttendanceEntryResponse;
import de.klimanetz.attendance.dto.AttendanceRequest;
import de.klimanetz.attendance.dto.AttendanceSheetResponse;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.membership.Membership;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.onlineroom.AttendanceStatus;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomService;
import de.klimanetz.onlineroom.SessionOverride;
import de.klimanetz.onlineroom.SessionOverrideRepository;
import de.klimanetz.onlineroom.SessionService;
import de.klimanetz.onlineroom.SessionView;
import de.klimanetz.common.web.PersonRef;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance of one session: coordinators record it in bulk, members check in or excuse
 * themselves. Every change locks the session's row, so the list's ETag (its revision) is exact.
 */
@ApplicationScoped
public class AttendanceService {

    private final OnlineRoomService rooms;
    private final SessionService sessions;
    private final SessionOverrideRepository sessionRows;
    private final SessionAttendanceRepository attendance;
    private final MembershipRepository memberships;
    private final ParticipantRepository participants;
    private final NetworkAccess access;

    AttendanceService(OnlineRoomService rooms, SessionService sessions, SessionOverrideRepository sessionRows,
                      SessionAttendanceRepository attendance, MembershipRepository memberships,
                      ParticipantRepository participants, NetworkAccess access) {
        this.rooms = rooms;
        this.sessions = sessions;
        this.sessionRows = sessionRows;
        this.attendance = attendance;
        this.memberships = memberships;
        this.participants = participants;
        this.access = access;
    }

    /** The list with the revision for its ETag. */
    public record Sheet(AttendanceSheetResponse body, long revision) {
    }

    /** Outcome of a person's own check-in or excuse. */
    public record Own(LocalDate date, AttendanceStatus status, OffsetDateTime recordedAt) {
    }

    @Transactional
    public Sheet sheet(UUID roomId, LocalDate date) {
        OnlineRoom room = rooms.managed(roomId);
        sessions.view(room, date);
        long revision = sessionRows.find(roomId, date).map(s -> s.attendanceRevision).orElse(0L);
        return new Sheet(new AttendanceSheetResponse(date, entries(room, date)), revision);
    }

    @Transactional
    public Sheet record(UUID roomId, LocalDate date, String ifMatch, AttendanceRequest request) {
        OnlineRoom room = rooms.managed(roomId);
        SessionView view = sessions.view(room, date);
        SessionOverride row = sessionRows.lockOrCreate(roomId, date);
        EntityTags.requireMatch(ifMatch, row.attendanceRevision);
        if (view.cancelled()) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.attendance-cancelled");
        }
        Map<UUID, Membership> listed = listedPeople(room, date);
        Map<UUID, SessionAttendance> existing = attendance.ofSession(roomId, date).stream()
                .collect(Collectors.toMap(a -> a.participantId, Function.identity()));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            UUID id = request.entries().get(i).participantId();
            if (!listed.containsKey(id) && !existing.containsKey(id)) {
                violations.add(new Violation("entries[" + i + "].participantId", "violation.not-on-attendance-list"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        OffsetDateTime now = OffsetDateTime.now();
        boolean early = !view.checkInOpen(now) && !view.hasBegun(now);
        if (early && request.entries().stream().anyMatch(e -> e.status() == AttendanceStatus.PRESENT || e.status() == AttendanceStatus.ABSENT)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.attendance-too-early");
        }
        for (AttendanceRequest.Entry entry : request.entries()) {
            SessionAttendance record = existing.get(entry.participantId());
            if (entry.status() == null) {
                if (record != null) {
                    attendance.delete(record);
                }
            } else if (record == null) {
                attendance.persist(newRecord(roomId, date, entry.participantId(), entry.status(), false));
            } else if (record.status != entry.status()) {
                record.status = entry.status();
                record.selfReported = false;
                record.recordedAt = VersionedEntity.now();
            }
        }
        attendance.flush();
        sessionRows.bumpAttendanceRevision(row);
        return new Sheet(new AttendanceSheetResponse(date, entries(room, date)), row.attendanceRevision);
    }

    @Transactional
    public Own checkIn(UUID roomId, LocalDate date) {
        OnlineRoom room = rooms.readable(roomId);
        Participant me = access.requireActiveMember(room.networkId);
        SessionView view = sessions.view(room, date);
        if (view.cancelled()) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.attendance-cancelled");
        }
        if (!view.checkInOpen(OffsetDateTime.now())) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.check-in-closed");
        }
        return own(room, date, me, AttendanceStatus.PRESENT);
    }

    @Transactional
    public Own excuse(UUID roomId, LocalDate date) {
        OnlineRoom room = rooms.readable(roomId);
        Participant me = access.requireActiveMember(room.networkId);
        SessionView view = sessions.view(room, date);
        if (view.cancelled()) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.attendance-cancelled");
        }
        if (view.hasBegun(OffsetDateTime.now())) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.excuse-too-late");
        }
        SessionAttendance current = attendance.find(roomId, date, me.id).orElse(null);
        if (current != null && current.status == AttendanceStatus.PRESENT) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.already-checked-in");
        }
        return own(room, date, me, AttendanceStatus.EXCUSED);
    }

    private Own own(OnlineRoom room, LocalDate date, Participant me, AttendanceStatus status) {
        SessionOverride row = sessionRows.lockOrCreate(room.id, date);
        SessionAttendance record = attendance.find(room.id, date, me.id).orElse(null);
        if (record == null) {
            record = newRecord(room.id, date, me.id, status, true);
            attendance.persist(record);
            sessionRows.bumpAttendanceRevision(row);
        } else if (record.status != status) {
            record.status = status;
            record.selfReported = true;
            record.recordedAt = VersionedEntity.now();
            sessionRows.bumpAttendanceRevision(row);
        }
        return new Own(date, record.status, record.recordedAt);
    }

    private static SessionAttendance newRecord(UUID roomId, LocalDate date, UUID participantId, AttendanceStatus status,
                                               boolean selfReported) {
        SessionAttendance record = new SessionAttendance();
        record.id = UUID.randomUUID();
        record.roomId = roomId;
        record.date = date;
        record.participantId = participantId;
        record.status = status;
        record.selfReported = selfReported;
        record.recordedAt = VersionedEntity.now();
        return record;
    }

    /** People who belonged to the network on the session's date, by participant id. */
    private Map<UUID, Membership> listedPeople(OnlineRoom room, LocalDate date) {
        Map<UUID, Membership> listed = new LinkedHashMap<>();
        for (Membership membership : memberships.membersDuring(room.networkId, date, date)) {
            listed.putIfAbsent(membership.participant.id, membership);
        }
        return listed;
    }

    private List<AttendanceEntryResponse> entries(OnlineRoom room, LocalDate date) {
        Map<UUID, Participant> people = new LinkedHashMap<>();
        listedPeople(room, date).values().forEach(m -> people.put(m.participant.id, m.participant));
        Map<UUID, SessionAttendance> records = attendance.ofSession(room.id, date).stream()
                .collect(Collectors.toMap(a -> a.participantId, Function.identity()));
        List<UUID> unlisted = records.keySet().stream().filter(id -> !people.containsKey(id)).toList();
        if (!unlisted.isEmpty()) {
            participants.withMunicipality(unlisted)
                    .forEach(p -> people.put(p.id, p));
        }
        return people.values().stream()
                .sorted(Comparator.comparing((Participant p) -> p.displayName).thenComparing(p -> p.id))
                .map(p -> {
                    SessionAttendance record = records.get(p.id);
                    return new AttendanceEntryResponse(new PersonRef(p.id, p.displayName),
                            p.municipality == null ? null : p.municipality.name,
                            record == null ? null : record.status, record != null && record.selfReported,
                            record == null ? null : record.recordedAt);
                })
                .toList();
    }
}
