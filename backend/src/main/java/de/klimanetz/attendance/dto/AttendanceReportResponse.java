package de.klimanetz.attendance.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.common.web.PersonRef;
import java.time.LocalDate;
import java.util.List;

public record AttendanceReportResponse(LocalDate from, LocalDate to, int sessionsHeld, List<Row> rows) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(PersonRef participant, MunicipalityRef municipality, int sessionsHeld, int present, int excused,
                      int absent) {
    }
}
