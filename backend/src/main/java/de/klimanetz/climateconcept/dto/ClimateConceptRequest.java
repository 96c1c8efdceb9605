package de.klimanetz.climateconcept.dto;

import de.klimanetz.common.time.PlausibleDate;
import de.klimanetz.climateconcept.ConceptStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record ClimateConceptRequest(
        @NotNull ConceptStatus status,
        @Size(max = 200) String fundingProgramme,
        @Size(max = 100) String fundingReference,
        @PastOrPresent @PlausibleDate(PlausibleDate.Kind.PAST) LocalDate adoptedOn,
        @Size(max = 2000) String note) {
}
