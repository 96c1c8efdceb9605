package de.klimanetz.onlineroom;

import de.klimanetz.common.web.Texts;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.time.DatePolicy;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.WebAddresses;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.onlineroom.dto.OnlineRoomRequest;
import de.klimanetz.onlineroom.dto.OnlineRoomResponse;
import de.klimanetz.onlineroom.dto.ScheduleRequest;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import de.klimanetz.changes.ChangeType;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Online rooms: who may see and change them, and how a schedule change spares the past. */
@ApplicationScoped
public class OnlineRoomService {

    public static final String DEFAULT_TIME_ZONE = "Europe/Berlin";
    /** How far ahead a room's next session is looked for. */
    private static final int NEXT_SESSION_HORIZON_DAYS = 400;

    private final OnlineRoomRepository rooms;
    private final RoomScheduleRepository schedules;
    private final SessionCatalog catalog;
    private final ParticipantRepository participants;
    private final MembershipRepository memberships;
    private final NetworkAccess access;
    private final Event<RoomScheduleChanged> scheduleChanged;
    private final RoomChanges changes;

    OnlineRoomService(OnlineRoomRepository rooms, RoomScheduleRepository schedules, SessionCatalog catalog,
                      ParticipantRepository participants, MembershipRepository memberships, NetworkAccess access,
                      Event<RoomScheduleChanged> scheduleChanged, RoomChanges changes) {
        this.scheduleChanged = scheduleChanged;
        this.changes = changes;
        this.rooms = rooms;
        this.schedules = schedules;
        this.catalog = catalog;
        this.participants = participants;
        this.memberships = memberships;
        this.access = access;
    }

    /** A readable room: 404 when there is none (or it is closed), 403 for those outside its network. */
    public OnlineRoom readable(UUID roomId) {
        OnlineRoom room = rooms.findOpen(roomId).orElseThrow(() -> ProblemException.notFound("detail.room-not-found", roomId));
        access.requireDirectoryReader(room.networkId);
        return room;
    }

    /** A room the caller manages. */
    public OnlineRoom managed(UUID roomId) {
        OnlineRoom room = rooms.findOpen(roomId).orElseThrow(() -> ProblemException.notFound("detail.room-not-found", roomId));
        access.requireCoordinator(room.networkId);
        return room;
    }

    @Transactional
    public Page<OnlineRoomResponse> list(UUID networkId, PageRequest page, OffsetDateTime updatedSince) {
        access.requireDirectoryReader(networkId);
        long total = rooms.countOpen(networkId, updatedSince);
        List<OnlineRoom> found = rooms.pageOpen(networkId, updatedSince, (int) page.offset(), page.size());
        return Page.of(responses(found, access.seesJoinDetails(networkId)), page, total);
    }

    /** A room as the caller may see it, with the version for its ETag. */
    public record Read(OnlineRoomResponse body, long version) {
    }

    @Transactional
    public Read get(UUID roomId) {
        OnlineRoom room = readable(roomId);
        return new Read(responses(List.of(room), access.seesJoinDetails(room.networkId)).get(0), room.version);
    }

    @Transactional
    public Read create(UUID networkId, OnlineRoomRequest request) {
        access.requireCoordinator(networkId);
        RoomSchedule schedule = validSchedule(request.schedule(), null);
        OnlineRoom room = new OnlineRoom();
        room.id = UUID.randomUUID();
        room.networkId = networkId;
        apply(room, request);
        room.markCreated();
        rooms.persist(room);
        schedule.roomId = room.id;
        schedules.persist(schedule);
        schedules.flush();
        changes.room(ChangeType.ROOM_CREATED, room);
        scheduleChanged.fire(new RoomScheduleChanged(room.id, schedule.startDate, false));
        return new Read(response(room), room.version);
    }

    @Transactional
    public Read update(UUID roomId, String ifMatch, OnlineRoomRequest request) {
        OnlineRoom room = managed(roomId);
        EntityTags.requireMatch(ifMatch, room.version);
        SchedulePlan plan = schedules.planOf(roomId);
        RoomSchedule current = plan.current();
        RoomSchedule proposed = validSchedule(request.schedule(), plan);
        boolean scheduleChanges = !sameSchedule(current, proposed);
        if (scheduleChanges) {
            schedules.deleteFrom(roomId, proposed.startDate);
            schedules.flush();
            proposed.roomId = roomId;
            schedules.persist(proposed);
        }
        apply(room, request);
        room.markUpdated();
        rooms.flush();
        changes.room(ChangeType.ROOM_UPDATED, room);
        if (scheduleChanges) {
            scheduleChanged.fire(new RoomScheduleChanged(roomId, proposed.startDate, false));
        }
        return new Read(response(room), room.version);
    }

    @Transactional
    public void close(UUID roomId) {
        OnlineRoom room = managed(roomId);
        room.closedAt = VersionedEntity.now();
        room.markUpdated();
        rooms.flush();
        changes.room(ChangeType.ROOM_DELETED, room);
        scheduleChanged.fire(new RoomScheduleChanged(roomId, null, true));
    }

    private OnlineRoomResponse response(OnlineRoom room) {
        return responses(List.of(room), access.seesJoinDetails(room.networkId)).get(0);
    }

    private List<OnlineRoomResponse> responses(List<OnlineRoom> found, boolean joinDetails) {
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate today = LocalDate.now(ZoneId.of(DEFAULT_TIME_ZONE));
        List<UUID> ids = found.stream().map(r -> r.id).toList();
        UUID me = access.caller().map(p -> p.id).orElse(null);
        Map<UUID, SchedulePlan> plans = schedules.plansOf(ids);
        Map<UUID, List<SessionView>> sessions = catalog.sessions(plans, ids, today.minusDays(1),
                today.plusDays(NEXT_SESSION_HORIZON_DAYS), me);
        List<OnlineRoomResponse> responses = new ArrayList<>();
        for (OnlineRoom room : found) {
            SessionView next = sessions.get(room.id).stream()
                    .filter(s -> !s.isOver(now))
                    .min((a, b) -> a.startsAt().compareTo(b.startsAt()))
                    .orElse(null);
            responses.add(OnlineRoomMapper.room(room, plans.get(room.id), next, joinDetails, now));
        }
        return responses;
    }

    private void apply(OnlineRoom room, OnlineRoomRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!WebAddresses.isHttps(request.joinUrl())) {
            violations.add(new Violation("joinUrl", "violation.https-url"));
        }
        List<UUID> moderatorIds = request.moderatorIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.moderatorIds()));
        List<Participant> moderators = participants.byIds(moderatorIds);
        java.util.Set<UUID> activeMembers = moderatorIds.isEmpty() ? java.util.Set.of()
                : memberships.activeParticipantIds(room.networkId, moderatorIds);
        for (int i = 0; i < moderatorIds.size(); i++) {
            if (!activeMembers.contains(moderatorIds.get(i))) {
                violations.add(new Violation("moderatorIds[" + i + "]", "violation.moderator-not-member"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        room.title = request.title().strip();
        room.description = Texts.blankToNull(request.description());
        room.joinUrl = request.joinUrl().strip();
        room.accessCode = Texts.blankToNull(request.accessCode());
        room.dialIn = Texts.blankToNull(request.dialIn());
        room.moderators.clear();
        room.moderators.addAll(moderators);
    }

    /**
     * Checks a schedule. For a room that has one already, a different schedule must start today or
     * later (tomorrow if today's session has begun): sessions before it stay exactly as they were.
     */
    private RoomSchedule validSchedule(ScheduleRequest request, SchedulePlan plan) {
        String zoneName = request.timeZone() == null || request.timeZone().isBlank() ? DEFAULT_TIME_ZONE : request.timeZone().strip();
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("schedule.timeZone", "violation.time-zone");
        }
        RecurrenceRule rule;
        try {
            rule = RecurrenceRule.parse(request.rrule());
        } catch (RecurrenceRule.Invalid e) {
            throw ProblemException.invalid("schedule.rrule", e.messageKey, e.args);
        }
        if (!rule.matchesSeed(request.startDate())) {
            throw ProblemException.invalid("schedule.startDate", "violation.start-date-not-occurrence");
        }
        if (!rule.endsBy(request.startDate(), request.startDate().plusYears(DatePolicy.SCHEDULE_YEARS_AHEAD))) {
            throw ProblemException.invalid("schedule.rrule", "violation.rrule-too-far", DatePolicy.SCHEDULE_YEARS_AHEAD);
        }
        RoomSchedule schedule = new RoomSchedule();
        schedule.id = UUID.randomUUID();
        schedule.startDate = request.startDate();
        schedule.startTime = LocalTime.parse(request.startTime());
        schedule.durationMinutes = request.durationMinutes();
        schedule.timeZone = zone.getId();
        schedule.rrule = rule.text();
        if (plan != null && !sameSchedule(plan.current(), schedule)) {
            LocalDate earliest = firstChangeableDate(plan, zone);
            if (schedule.startDate.isBefore(earliest)) {
                throw ProblemException.invalid("schedule.startDate", "violation.schedule-change-in-past", earliest);
            }
        }
        return schedule;
    }

    private static LocalDate firstChangeableDate(SchedulePlan plan, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        OffsetDateTime now = OffsetDateTime.now();
        boolean todayBegun = plan.at(today).map(o -> !now.toInstant().isBefore(o.scheduledStart().toInstant())).orElse(false);
        return todayBegun ? today.plusDays(1) : today;
    }

    private static boolean sameSchedule(RoomSchedule a, RoomSchedule b) {
        return a.startDate.equals(b.startDate) && a.startTime.equals(b.startTime) && a.durationMinutes == b.durationMinutes
                && a.timeZone.equals(b.timeZone) && a.rrule.equals(b.rrule);
    }
}
