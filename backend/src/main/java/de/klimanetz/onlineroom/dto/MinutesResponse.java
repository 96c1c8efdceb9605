package de.klimanetz.onlineroom.dto;

import de.klimanetz.common.web.PersonRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.onlineroom.MinutesStatus;
import java.time.OffsetDateTime;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MinutesResponse(String markdown, MinutesStatus status, OffsetDateTime publishedAt, OffsetDateTime updatedAt,
                              PersonRef updatedBy) {
}
