package de.klimanetz.onlineroom;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sessions of several rooms in a window, in a fixed number of statements whatever the number of
 * rooms: schedules, overrides, published minutes and (for a person) their own attendance.
 */
@ApplicationScoped
public class SessionCatalog {

    private final RoomScheduleRepository schedules;
    private final SessionOverrideRepository overrides;
    private final SessionMinutesRepository minutes;
    private final OwnAttendance attendance;

    SessionCatalog(RoomScheduleRepository schedules, SessionOverrideRepository overrides, SessionMinutesRepository minutes,
                   OwnAttendance attendance) {
        this.schedules = schedules;
        this.overrides = overrides;
        this.minutes = minutes;
        this.attendance = attendance;
    }

    /** Per room id, its sessions with original dates in [from, to], oldest first. */
    public Map<UUID, List<SessionView>> sessions(Collection<UUID> roomIds, LocalDate from, LocalDate to, UUID participantId) {
        return sessions(schedules.plansOf(roomIds), roomIds, from, to, participantId);
    }

    /** The same, for callers that hold the rooms' schedule plans already. */
    public Map<UUID, List<SessionView>> sessions(Map<UUID, SchedulePlan> plans, Collection<UUID> roomIds, LocalDate from,
                                                 LocalDate to, UUID participantId) {
        Map<String, SessionOverride> changed = overrides.between(roomIds, from, to).stream()
                .collect(Collectors.toMap(o -> key(o.roomId, o.date), Function.identity()));
        Set<String> published = new HashSet<>(minutes.publishedKeys(roomIds, from, to));
        Map<String, AttendanceStatus> mine = participantId == null ? Map.of()
                : attendance.of(participantId, roomIds, from, to).stream()
                        .collect(Collectors.toMap(a -> key(a.roomId(), a.date()), OwnAttendance.Entry::status));
        Map<UUID, List<SessionView>> result = new LinkedHashMap<>();
        for (UUID roomId : roomIds) {
            SchedulePlan plan = plans.get(roomId);
            List<SessionView> views = plan == null ? List.of() : plan.between(from, to).stream()
                    .map(o -> new SessionView(o, changed.get(key(roomId, o.date())), published.contains(key(roomId, o.date())),
                            mine.get(key(roomId, o.date()))))
                    .toList();
            result.put(roomId, views);
        }
        return result;
    }

    /**
     * Per room of the plans, its sessions in [from, to] as scheduled and changed (cancelled, moved),
     * without minutes or anyone's attendance: one statement.
     */
    public Map<UUID, List<SessionView>> planned(Map<UUID, SchedulePlan> plans, LocalDate from, LocalDate to) {
        Map<String, SessionOverride> changed = plans.isEmpty() ? Map.of() : overrides.between(plans.keySet(), from, to).stream()
                .collect(Collectors.toMap(o -> key(o.roomId, o.date), Function.identity()));
        Map<UUID, List<SessionView>> result = new LinkedHashMap<>();
        plans.forEach((roomId, plan) -> result.put(roomId, plan.between(from, to).stream()
                .map(o -> new SessionView(o, changed.get(key(roomId, o.date())), false, null))
                .toList()));
        return result;
    }

    public List<SessionView> sessions(UUID roomId, LocalDate from, LocalDate to, UUID participantId) {
        return sessions(List.of(roomId), from, to, participantId).get(roomId);
    }

    static String key(UUID roomId, LocalDate date) {
        return roomId + "/" + date;
    }
}
