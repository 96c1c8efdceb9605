package de.klimanetz.membership;

import de.klimanetz.climateconcept.ConceptStatus;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.municipality.MunicipalityKind;

/** The filters and sort of a network's directory; the typed ones are checked as parameters (TypedParams). */
public record DirectorySearch(String text, MunicipalityKind municipalityKind, ConceptStatus conceptStatus, boolean newInOffice,
                              DirectorySort sort) {

    public static DirectorySearch of(String q, MunicipalityKind municipalityKind, ConceptStatus conceptStatus, Boolean newInOffice,
                                     DirectorySort sort) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            throw ProblemException.invalid("q", "violation.search-too-long");
        }
        return new DirectorySearch(text, municipalityKind, conceptStatus, Boolean.TRUE.equals(newInOffice),
                sort == null ? DirectorySort.NAME : sort);
    }
}
