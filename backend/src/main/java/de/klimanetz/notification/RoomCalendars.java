package de.klimanetz.notification;

import de.klimanetz.calendar.RoomCalendarEntry;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.RoomScheduleRepository;
import de.klimanetz.onlineroom.SessionCatalog;
import de.klimanetz.onlineroom.SessionOverrideRepository;
import de.klimanetz.onlineroom.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A room's schedule as the calendar invitations need it, and its next session. */
@ApplicationScoped
class RoomCalendars {

    private final RoomScheduleRepository schedules;
    private final SessionOverrideRepository overrides;
    private final SessionCatalog catalog;

    RoomCalendars(RoomScheduleRepository schedules, SessionOverrideRepository overrides, SessionCatalog catalog) {
        this.schedules = schedules;
        this.overrides = overrides;
        this.catalog = catalog;
    }

    RoomCalendarEntry entry(OnlineRoom room, String networkName) {
        return new RoomCalendarEntry(room, networkName, schedules.planOf(room.id), overrides.ofRooms(List.of(room.id)));
    }

    /** The next session that is not over and not cancelled, within a year. */
    Optional<SessionView> nextSession(OnlineRoom room) {
        OffsetDateTime now = OffsetDateTime.now();
        LocalDate today = LocalDate.now(MailTexts.BERLIN);
        return catalog.sessions(room.id, today.minusDays(1), today.plusDays(366), null).stream()
                .filter(s -> !s.cancelled() && !s.isOver(now))
                .findFirst();
    }

    Optional<SessionView> session(OnlineRoom room, LocalDate date) {
        return catalog.sessions(room.id, date, date, null).stream().findFirst();
    }
}
