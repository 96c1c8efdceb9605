package de.klimanetz.event.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

public record RegistrationRequest(
        UUID participantId,
        @Size(max = 1000) String note,
        @Size(max = 1000) String accessibilityNeeds,
        @Size(max = 500) String dietaryNeeds,
        @Size(max = 50) List<@NotNull UUID> agendaItemIds) {
}
