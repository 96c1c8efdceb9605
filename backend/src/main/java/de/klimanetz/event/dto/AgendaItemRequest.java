package de.klimanetz.event.dto;

import de.klimanetz.common.time.PlausibleDate;
import de.klimanetz.event.AgendaKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

public record AgendaItemRequest(
        UUID id,
        @NotNull @PlausibleDate(PlausibleDate.Kind.SCHEDULE) OffsetDateTime startsAt,
        @NotNull @PlausibleDate(PlausibleDate.Kind.SCHEDULE) OffsetDateTime endsAt,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String speaker,
        @NotNull AgendaKind kind,
        Boolean signUpRequired,
        @Min(1) @Max(10000) Integer capacity) {
}
