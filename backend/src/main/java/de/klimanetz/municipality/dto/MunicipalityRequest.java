package de.klimanetz.municipality.dto;

import de.klimanetz.municipality.FederalState;
import de.klimanetz.municipality.MunicipalityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What an admin sends to create or replace a municipality. Key rules that depend on kind and state live in the service. */
public record MunicipalityRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull MunicipalityKind kind,
        @NotNull @Pattern(regexp = "[0-9]{5}|[0-9]{8}", message = "{klimanetz.official-key.digits}") String officialKey,
        @NotNull FederalState federalState,
        UUID parentId) {
}
