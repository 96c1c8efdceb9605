package de.klimanetz.climateconcept;

import de.klimanetz.climateconcept.dto.ClimateConceptChangeResponse;
import de.klimanetz.climateconcept.dto.ClimateConceptResponse;
import de.klimanetz.climateconcept.dto.ClimateConceptResponse.PersonRef;
import de.klimanetz.participant.Participant;

/** Response shapes of climate concepts. */
public final class ClimateConceptMapper {

    private ClimateConceptMapper() {
    }

    public static ClimateConceptResponse concept(ClimateConcept concept) {
        return new ClimateConceptResponse(concept.municipalityId, concept.status, concept.fundingProgramme,
                concept.fundingReference, concept.adoptedOn, concept.note, concept.updatedAt, person(concept.updatedBy));
    }

    public static ClimateConceptChangeResponse change(ClimateConceptChange change) {
        return new ClimateConceptChangeResponse(change.id, change.changedAt, person(change.changedBy), change.changes);
    }

    private static PersonRef person(Participant participant) {
        return participant == null ? null : new PersonRef(participant.id, participant.displayName);
    }
}
