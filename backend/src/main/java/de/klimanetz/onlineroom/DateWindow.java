package de.klimanetz.onlineroom;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.time.DatePolicy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A from/to pair of query parameters: valid dates, in order, at most two years apart. */
public record DateWindow(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 2;

    public static DateWindow parse(String fromParam, String toParam, LocalDate defaultFrom, int defaultDays) {
        LocalDate from = date("from", fromParam, defaultFrom);
        LocalDate to = date("to", toParam, from.plusDays(defaultDays));
        return of(from, to);
    }

    public static DateWindow parse(String fromParam, String toParam, LocalDate defaultFrom, LocalDate defaultTo) {
        return of(date("from", fromParam, defaultFrom), date("to", toParam, defaultTo));
    }

    private static DateWindow of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid(List.of(new Violation("to", "violation.window-order")));
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw ProblemException.invalid(List.of(new Violation("to", "violation.window-too-long")));
        }
        return new DateWindow(from, to);
    }

    /** A path or query date; a malformed one, or one outside the date policy, is a 400 naming the parameter. */
    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(new Violation(name, "violation.date")));
        }
        if (!DatePolicy.isRepresentable(date)) {
            throw ProblemException.invalid(name, "violation.date-range", DatePolicy.EARLIEST, DatePolicy.LATEST);
        }
        return date;
    }
}
