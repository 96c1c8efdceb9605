package de.klimanetz.calendar;

import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.onlineroom.SessionOverride;
import java.util.List;

/** What a calendar needs of one room: the room, its schedule and the changed sessions. */
public record RoomCalendarEntry(OnlineRoom room, String networkName, SchedulePlan plan, List<SessionOverride> overrides) {
}
