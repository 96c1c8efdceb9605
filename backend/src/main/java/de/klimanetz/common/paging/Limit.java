package de.klimanetz.common.paging;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code limit} query parameter (how many items at most, 1..max): parsed from text like
 * {@link PageRequest}'s {@code page} and {@code size}, so that "abc", "0" or one past the maximum is a
 * 400 naming the parameter with the operation's own message, never a 404 or a 500.
 */
public final class Limit {

    private Limit() {
    }

    /** The limit, or {@code fallback} when absent; a bad value is a 400 with {@code messageKey}. */
    public static int parse(String value, int fallback, int max, String messageKey) {
        List<Violation> violations = new ArrayList<>();
        int limit = parse(value, fallback, max, messageKey, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return limit;
    }

    /** The same, adding the violation to those of other parameters instead of throwing (then {@code fallback}). */
    public static int parse(String value, int fallback, int max, String messageKey, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // the violation below
        }
        violations.add(new Violation("limit", messageKey));
        return fallback;
    }
}
