package de.klimanetz.onlineroom;

import de.klimanetz.changes.ChangeLog;
import de.klimanetz.changes.ChangeType;
import de.klimanetz.common.web.MaterialDto;
import de.klimanetz.onlineroom.dto.ScheduleResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Rooms and sessions in the change feed, as integrations read them: never the way into the room
 * (link, code, dial-in), never a moderator's or presenter's name.
 */
@ApplicationScoped
public class RoomChanges {

    public record RoomData(UUID id, UUID networkId, String title, String description, ScheduleResponse schedule, boolean closed,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }

    public record SessionData(UUID roomId, LocalDate date, OffsetDateTime startsAt, OffsetDateTime endsAt, SessionStatus status,
                              OffsetDateTime originalStartsAt, String cancellationReason, String topic, List<MaterialDto> materials,
                              boolean minutesPublished, long version) {
    }

    private final ChangeLog log;
    private final RoomScheduleRepository schedules;
    private final SessionCatalog catalog;

    RoomChanges(ChangeLog log, RoomScheduleRepository schedules, SessionCatalog catalog) {
        this.log = log;
        this.schedules = schedules;
        this.catalog = catalog;
    }

    void room(ChangeType type, OnlineRoom room) {
        ScheduleResponse schedule = OnlineRoomMapper.schedule(schedules.planOf(room.id).current());
        log.record(type, room.id, room.networkId, true, new RoomData(room.id, room.networkId, room.title, room.description,
                schedule, room.closedAt != null, room.createdAt, room.updatedAt, room.version));
    }

    void session(ChangeType type, OnlineRoom room, LocalDate date) {
        SessionView view = catalog.sessions(room.id, date, date, null).get(0);
        var response = OnlineRoomMapper.session(view, OffsetDateTime.now());
        log.record(type, room.id, room.networkId, true, new SessionData(room.id, date, response.startsAt(), response.endsAt(),
                response.status(), response.originalStartsAt(), response.cancellationReason(), response.topic(),
                response.materials(), response.minutesPublished(), view.version()));
    }
}
