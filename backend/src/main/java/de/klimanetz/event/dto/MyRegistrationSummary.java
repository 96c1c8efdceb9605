package de.klimanetz.event.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.event.RegistrationStatus;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyRegistrationSummary(UUID id, RegistrationStatus status, Integer waitlistPosition) {
}
