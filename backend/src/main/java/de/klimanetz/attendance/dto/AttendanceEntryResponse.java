package de.klimanetz.attendance.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.onlineroom.AttendanceStatus;
import de.klimanetz.common.web.PersonRef;
import java.time.OffsetDateTime;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendanceEntryResponse(PersonRef participant, String municipality, AttendanceStatus status,
                                      boolean selfReported, OffsetDateTime recordedAt) {
}
