package de.klimanetz.common.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Which dates this API accepts, in one place. Every date and time in a request (body, query or
 * path) must lie in {@link #EARLIEST}..{@link #LATEST}: PostgreSQL and java.time agree on those
 * days, and Europe/Berlin has had its current rules since 1893, so what is stored is what is
 * answered. Fields narrow this further with {@link PlausibleDate}: meetings and schedules lie
 * between 2000 and ten years ahead, dates of the past (first day in office, council decision) from
 * 1950 until today. The contract documents the same ranges.
 */
public final class DatePolicy {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Meetings, events and schedules: not before this day. */
    public static final LocalDate SCHEDULE_EARLIEST = LocalDate.of(2000, 1, 1);
    /** Meetings, events and schedules: at most this many years ahead; also how far a recurrence rule may run. */
    public static final int SCHEDULE_YEARS_AHEAD = 10;
    /** Dates of a person's or a council's past: not before this day. */
    public static final LocalDate PAST_EARLIEST = LocalDate.of(1950, 1, 1);

    private DatePolicy() {
    }

    public static boolean isRepresentable(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean isRepresentable(OffsetDateTime time) {
        return isRepresentable(time.atZoneSameInstant(BERLIN).toLocalDate());
    }

    public static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    /** The last day a meeting or schedule may lie on. */
    public static LocalDate scheduleLatest() {
        return today().plusYears(SCHEDULE_YEARS_AHEAD);
    }
}
