package de.klimanetz.event.dto;

import de.klimanetz.common.time.PlausibleDate;
import de.klimanetz.common.web.MaterialDto;
import de.klimanetz.event.EventStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10000) String description,
        EventStatus status,
        @NotNull @PlausibleDate(PlausibleDate.Kind.SCHEDULE) OffsetDateTime startsAt,
        @NotNull @PlausibleDate(PlausibleDate.Kind.SCHEDULE) OffsetDateTime endsAt,
        @Valid @NotNull VenueDto venue,
        UUID hostMunicipalityId,
        UUID hostParticipantId,
        @Min(1) @Max(10000) Integer capacity,
        @PlausibleDate(PlausibleDate.Kind.SCHEDULE) OffsetDateTime registrationOpensAt,
        @PlausibleDate(PlausibleDate.Kind.SCHEDULE) OffsetDateTime registrationClosesAt,
        @Size(max = 50) List<@Valid @NotNull AgendaItemRequest> agenda,
        @Size(max = 50000) String report,
        Boolean reportPublished,
        @Size(max = 20) List<@Valid @NotNull MaterialDto> materials) {
}
