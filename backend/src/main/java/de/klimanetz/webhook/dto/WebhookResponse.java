package de.klimanetz.webhook.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A subscription; the signing secret only in the answer that created it. */
public record WebhookResponse(UUID id, String url, List<String> eventTypes, String description, boolean enabled,
                              String disabledReason, int consecutiveFailures, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
}
