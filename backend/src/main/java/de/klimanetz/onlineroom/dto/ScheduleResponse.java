package de.klimanetz.onlineroom.dto;

import java.time.LocalDate;

public record ScheduleResponse(LocalDate startDate, String startTime, int durationMinutes, String timeZone, String rrule) {
}
