package de.klimanetz.onlineroom.dto;

import de.klimanetz.common.time.PlausibleDate;
import de.klimanetz.common.web.MaterialDto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

public record SessionRequest(
        Boolean cancelled,
        @Size(max = 500) String cancellationReason,
        @PlausibleDate(PlausibleDate.Kind.SCHEDULE) OffsetDateTime startsAt,
        @Min(5) @Max(720) Integer durationMinutes,
        @Size(max = 300) String topic,
        @Size(max = 200) String presenter,
        @Size(max = 20) List<@Valid @NotNull MaterialDto> materials) {
}
