package de.klimanetz.webhook.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One change sent (or being sent) to a subscription, with what the receiver answered; attempts only for one delivery. */
public record WebhookDeliveryResponse(UUID id, UUID changeId, String type, String status, int attempts, OffsetDateTime createdAt,
                                      OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt, Integer lastStatusCode,
                                      Integer lastDurationMs, String lastError,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) List<Attempt> attemptLog) {

    public record Attempt(int attempt, OffsetDateTime attemptedAt, Integer statusCode, int durationMs, String error) {
    }
}
