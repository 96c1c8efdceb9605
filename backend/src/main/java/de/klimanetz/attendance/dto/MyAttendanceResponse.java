package de.klimanetz.attendance.dto;

import de.klimanetz.onlineroom.AttendanceStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;

public record MyAttendanceResponse(LocalDate date, AttendanceStatus status, OffsetDateTime recordedAt) {
}
