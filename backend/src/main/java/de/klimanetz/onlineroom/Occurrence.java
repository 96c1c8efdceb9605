package de.klimanetz.onlineroom;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One date of a room's schedule, at the schedule's local start time. */
public record Occurrence(LocalDate date, ZonedDateTime scheduledStart, int durationMinutes, RoomSchedule schedule) {

    public ZonedDateTime scheduledEnd() {
        return scheduledStart.plusMinutes(durationMinutes);
    }
}
