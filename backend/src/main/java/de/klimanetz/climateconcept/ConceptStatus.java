package de.klimanetz.climateconcept;

import de.klimanetz.common.web.ParamEnum;

/** Where a municipality stands with its integrated climate-protection concept. */
@ParamEnum(violation = "violation.concept-status", ignoreCase = true)
public enum ConceptStatus {
    NOT_STARTED,
    IN_PREPARATION,
    ADOPTED,
    IN_IMPLEMENTATION;

    /** Adopted and implemented concepts have an adoption date (council decision). */
    public boolean needsAdoptionDate() {
        return this == ADOPTED || this == IN_IMPLEMENTATION;
    }
}
