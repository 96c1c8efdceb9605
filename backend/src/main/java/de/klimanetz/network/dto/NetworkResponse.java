package de.klimanetz.network.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

public record NetworkResponse(
        UUID id,
        String name,
        String description,
        String region,
        OrganizerDto organizer,
        String eligibility,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
