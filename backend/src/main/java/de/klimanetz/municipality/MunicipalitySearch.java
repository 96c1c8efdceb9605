package de.klimanetz.municipality;

import de.klimanetz.common.error.ProblemException;
import java.time.OffsetDateTime;

/**
 * The filters of the municipality list: a search text and a kind. A text of digits searches
 * official keys by prefix, anything else names by substring (ignoring case and accents).
 */
public record MunicipalitySearch(String nameText, String keyPrefix, MunicipalityKind kind, OffsetDateTime updatedSince) {

    public static MunicipalitySearch of(String q, MunicipalityKind kind, OffsetDateTime updatedSince) {
        String text = q == null ? "" : q.strip();
        if (text.length() > 200) {
            throw ProblemException.invalid("q", "violation.search-too-long");
        }
        if (text.isEmpty()) {
            return new MunicipalitySearch(null, null, kind, updatedSince);
        }
        return text.chars().allMatch(Character::isDigit)
                ? new MunicipalitySearch(null, text, kind, updatedSince)
                : new MunicipalitySearch(text, null, kind, updatedSince);
    }
}
