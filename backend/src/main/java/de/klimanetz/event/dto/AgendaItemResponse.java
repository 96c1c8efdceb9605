package de.klimanetz.event.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.event.AgendaKind;
import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaItemResponse(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt, String title, String speaker,
                                 AgendaKind kind, boolean signUpRequired, Integer capacity, long confirmed, long waitlisted,
                                 Long seatsLeft) {
}
