package de.klimanetz.onlineroom.dto;

import de.klimanetz.common.web.PersonRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnlineRoomResponse(UUID id, UUID networkId, String title, String description, String joinUrl,
                                 String accessCode, String dialIn, List<PersonRef> moderators, ScheduleResponse schedule,
                                 SessionResponse nextSession, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
