package de.klimanetz.upcoming.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.event.EventStatus;
import de.klimanetz.event.dto.MyRegistrationSummary;
import java.time.OffsetDateTime;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpcomingEvent(UUID id, String title, EventStatus status, OffsetDateTime startsAt, OffsetDateTime endsAt,
                            String venueName, String city, MyRegistrationSummary myRegistration) {
}
