package de.klimanetz.onlineroom.dto;

import de.klimanetz.common.time.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record ScheduleRequest(
        @NotNull @PlausibleDate(PlausibleDate.Kind.SCHEDULE) LocalDate startDate,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "{klimanetz.time-of-day}") String startTime,
        @NotNull @Min(5) @Max(720) Integer durationMinutes,
        @Size(max = 64) String timeZone,
        @NotBlank @Size(max = 200) String rrule) {
}
