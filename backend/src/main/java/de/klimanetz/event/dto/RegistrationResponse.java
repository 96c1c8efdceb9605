package de.klimanetz.event.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.event.RegistrationStatus;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.common.web.PersonRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationResponse(UUID id, UUID eventId, PersonRef participant, MunicipalityRef municipality,
                                   RegistrationStatus status, Integer waitlistPosition, String note, String accessibilityNeeds,
                                   String dietaryNeeds, List<AgendaSignUpResponse> agendaSignUps, String etag,
                                   OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
