package de.klimanetz.event.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.common.web.MaterialDto;
import de.klimanetz.event.EventStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventResponse(UUID id, UUID networkId, String title, String description, EventStatus status,
                            OffsetDateTime startsAt, OffsetDateTime endsAt, VenueDto venue, EventHostResponse host,
                            Integer capacity, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
                            boolean registrationOpen, long confirmed, long waitlisted, Long seatsLeft,
                            List<AgendaItemResponse> agenda, String report, boolean reportPublished, List<MaterialDto> materials,
                            MyRegistrationSummary myRegistration, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
