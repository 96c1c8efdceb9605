package de.klimanetz.common.paging;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} (0-based, at most {@value #MAX_PAGE}) and {@code size} (1..100, default 20) query
 * parameters of every list. Parsed from text so that "abc", "-1" or a page past the maximum is a
 * 400 naming the parameter, not a 404 or a 500; the maximum keeps every offset an {@code int}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest parse(String page, String size) {
        List<Violation> violations = new ArrayList<>();
        Integer pageNumber = parseInt("page", page, 0, violations);
        Integer pageSize = parseInt("size", size, DEFAULT_SIZE, violations);
        if (pageNumber != null && (pageNumber < 0 || pageNumber > MAX_PAGE)) {
            violations.add(new Violation("page", "violation.page-range"));
        }
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_SIZE)) {
            violations.add(new Violation("size", "violation.size-range"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    public long offset() {
        return (long) page * size;
    }

    private static Integer parseInt(String name, String value, int defaultValue, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new Violation(name, "violation.not-an-integer"));
            return null;
        }
    }
}
