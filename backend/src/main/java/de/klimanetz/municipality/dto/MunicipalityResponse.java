package de.klimanetz.municipality.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.municipality.FederalState;
import de.klimanetz.municipality.MunicipalityKind;
import java.time.OffsetDateTime;
import java.util.UUID;

public record MunicipalityResponse(
        UUID id,
        String name,
        MunicipalityKind kind,
        String officialKey,
        FederalState federalState,
        @JsonInclude(JsonInclude.Include.NON_NULL) MunicipalityRef parent,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
