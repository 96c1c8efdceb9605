package de.klimanetz.event.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.event.AgendaSignUp;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaSignUpResponse(UUID agendaItemId, AgendaSignUp.Status status, Integer waitlistPosition) {
}
