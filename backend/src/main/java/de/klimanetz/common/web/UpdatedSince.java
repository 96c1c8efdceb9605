package de.klimanetz.common.web;

import de.klimanetz.common.error.ProblemException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The {@code updatedSince} filter of lists (an instant with offset): only what changed after it,
 * for integrators who sync incrementally. Absent means no filter.
 */
public final class UpdatedSince {

    private UpdatedSince() {
    }

    public static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("updatedSince", "violation.updated-since");
        }
    }
}
