package de.klimanetz.municipality;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import java.util.List;
import java.util.Locale;

/**
 * The filters of the municipality list: a search text and a kind. A text of digits searches
 * official keys by prefix, anything else names by substring (ignoring case and accents).
 */
public record MunicipalitySearch(String nameText, String keyPrefix, MunicipalityKind kind, java.time.OffsetDateTime updatedSince) {

    public static MunicipalitySearch parse(String q, String kind) {
        return parse(q, kind, null);
    }

    public static MunicipalitySearch parse(String q, String kind, String updatedSince) {
        java.time.OffsetDateTime since = de.klimanetz.common.web.UpdatedSince.parse(updatedSince);
        String text = q == null ? "" : q.strip();
        MunicipalityKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = MunicipalityKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(List.of(new Violation("kind", "violation.municipality-kind")));
            }
        }
        if (text.length() > 200) {
            throw ProblemException.invalid(List.of(new Violation("q", "violation.search-too-long")));
        }
        if (text.isEmpty()) {
            return new MunicipalitySearch(null, null, parsedKind, since);
        }
        return text.chars().allMatch(Character::isDigit)
                ? new MunicipalitySearch(null, text, parsedKind, since)
                : new MunicipalitySearch(text, null, parsedKind, since);
    }
}
