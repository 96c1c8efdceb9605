package de.klimanetz.climateconcept.dto;

import de.klimanetz.climateconcept.ConceptStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ClimateConceptResponse(
        UUID municipalityId,
        ConceptStatus status,
        String fundingProgramme,
        String fundingReference,
        LocalDate adoptedOn,
        String note,
        OffsetDateTime updatedAt,
        PersonRef updatedBy) {

    /** Who made a change: id and display name only. */
    public record PersonRef(UUID id, String displayName) {
    }
}
