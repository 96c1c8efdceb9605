package de.klimanetz.onlineroom;

import de.klimanetz.common.web.MaterialDto;
import de.klimanetz.onlineroom.dto.OnlineRoomResponse;
import de.klimanetz.common.web.PersonRef;
import de.klimanetz.onlineroom.dto.ScheduleResponse;
import de.klimanetz.onlineroom.dto.SessionResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** Entities and session views to the API's records. */
public final class OnlineRoomMapper {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private OnlineRoomMapper() {
    }

    public static OnlineRoomResponse room(OnlineRoom room, SchedulePlan plan, SessionView next, boolean joinDetails,
                                          OffsetDateTime now) {
        List<PersonRef> moderators = room.moderators.stream()
                .map(p -> new PersonRef(p.id, p.displayName))
                .sorted(Comparator.comparing(PersonRef::displayName))
                .toList();
        return new OnlineRoomResponse(room.id, room.networkId, room.title, room.description,
                joinDetails ? room.joinUrl : null, joinDetails ? room.accessCode : null, joinDetails ? room.dialIn : null,
                moderators, schedule(plan.current()), next == null ? null : session(next, now), room.createdAt, room.updatedAt);
    }

    public static ScheduleResponse schedule(RoomSchedule schedule) {
        return new ScheduleResponse(schedule.startDate, schedule.startTime.format(HOURS_MINUTES), schedule.durationMinutes,
                schedule.timeZone, schedule.rrule);
    }

    public static SessionResponse session(SessionView view, OffsetDateTime now) {
        SessionOverride override = view.override();
        List<MaterialDto> materials = override == null ? List.of()
                : override.materials.stream().map(m -> new MaterialDto(m.title(), m.url())).toList();
        return new SessionResponse(view.occurrence().date(), view.startsAt().toOffsetDateTime(), view.endsAt().toOffsetDateTime(),
                view.status(), view.moved() ? view.occurrence().scheduledStart().toOffsetDateTime() : null,
                view.cancelled() ? override.cancellationReason : null,
                override == null ? null : override.topic, override == null ? null : override.presenter,
                materials, view.minutesPublished(), view.checkInOpen(now), view.myAttendance());
    }
}
