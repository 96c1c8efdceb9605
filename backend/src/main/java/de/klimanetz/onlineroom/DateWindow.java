package de.klimanetz.onlineroom;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * A from/to pair of query parameters (each already a valid date, see TypedParams): in order, at
 * most two years apart; an absent end falls back to a default.
 */
public record DateWindow(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 2;

    public static DateWindow of(LocalDate from, LocalDate to, LocalDate defaultFrom, int defaultDays) {
        LocalDate start = from == null ? defaultFrom : from;
        return of(start, to == null ? start.plusDays(defaultDays) : to);
    }

    public static DateWindow of(LocalDate from, LocalDate to, LocalDate defaultFrom, LocalDate defaultTo) {
        return of(from == null ? defaultFrom : from, to == null ? defaultTo : to);
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
}
