package de.klimanetz.climateconcept;

/** Where a municipality stands with its integrated climate-protection concept. */
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
