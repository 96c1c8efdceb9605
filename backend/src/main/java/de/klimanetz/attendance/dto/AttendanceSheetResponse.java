package de.klimanetz.attendance.dto;

import java.time.LocalDate;
import java.util.List;

public record AttendanceSheetResponse(LocalDate date, List<AttendanceEntryResponse> entries) {
}
