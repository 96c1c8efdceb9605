package de.klimanetz.common.web;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import java.util.List;
import java.util.UUID;

/** Path ids are UUIDs; anything else is a 400 naming the parameter. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String name, String value) {
        try {
            UUID id = UUID.fromString(value);
            // UUID.fromString accepts abbreviated forms like "1-1-1-1-1"; only the canonical form is an id.
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the problem below
        }
        throw ProblemException.invalid(List.of(new Violation(name, "violation.not-a-uuid")));
    }
}
