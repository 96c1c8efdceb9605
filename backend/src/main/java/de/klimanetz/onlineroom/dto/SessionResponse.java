package de.klimanetz.onlineroom.dto;

import de.klimanetz.common.web.MaterialDto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.onlineroom.AttendanceStatus;
import de.klimanetz.onlineroom.SessionStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionResponse(LocalDate date, OffsetDateTime startsAt, OffsetDateTime endsAt, SessionStatus status,
                              OffsetDateTime originalStartsAt, String cancellationReason, String topic, String presenter,
                              List<MaterialDto> materials, boolean minutesPublished, boolean checkInOpen,
                              AttendanceStatus myAttendance) {
}
