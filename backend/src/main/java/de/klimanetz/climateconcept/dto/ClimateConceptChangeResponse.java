package de.klimanetz.climateconcept.dto;

import de.klimanetz.climateconcept.ClimateConceptChange.FieldChange;
import de.klimanetz.climateconcept.dto.ClimateConceptResponse.PersonRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ClimateConceptChangeResponse(UUID id, OffsetDateTime changedAt, PersonRef changedBy, List<FieldChange> changes) {
}
