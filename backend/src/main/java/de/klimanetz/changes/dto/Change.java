package de.klimanetz.changes.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change: its id (also the webhook-id of its deliveries), type, the resource it concerns, its
 * network, when it happened, and the resource as integrations may read it.
 */
public record Change(UUID id, String type, UUID resourceId, UUID networkId, OffsetDateTime occurredAt, JsonNode data) {
}
