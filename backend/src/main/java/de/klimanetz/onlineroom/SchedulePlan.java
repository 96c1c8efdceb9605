package de.klimanetz.onlineroom;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The schedule periods of one room in order. Each period's rule yields dates from its start until
 * the next period starts; every date becomes a session at the period's local start time in its
 * time zone (so 10:00 stays 10:00 when the clocks change).
 */
public final class SchedulePlan {

    private final List<RoomSchedule> periods;
    private final List<RecurrenceRule> rules;

    public SchedulePlan(List<RoomSchedule> schedules) {
        this.periods = schedules.stream().sorted(Comparator.comparing(s -> s.startDate)).toList();
        this.rules = periods.stream().map(SchedulePlan::rule).toList();
    }

    private static RecurrenceRule rule(RoomSchedule schedule) {
        try {
            return RecurrenceRule.parse(schedule.rrule);
        } catch (RecurrenceRule.Invalid e) {
            throw new IllegalStateException("stored rule is invalid: " + schedule.rrule, e);
        }
    }

    public List<RoomSchedule> periods() {
        return periods;
    }

    public RoomSchedule current() {
        return periods.get(periods.size() - 1);
    }

    /** The last day period {@code index} covers, or null for the current one. */
    public LocalDate lastDayOf(int index) {
        return index + 1 < periods.size() ? periods.get(index + 1).startDate.minusDays(1) : null;
    }

    public RecurrenceRule ruleOf(int index) {
        return rules.get(index);
    }

    /** Sessions whose original date lies between {@code from} and {@code to}, inclusive, oldest first. */
    public List<Occurrence> between(LocalDate from, LocalDate to) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            RoomSchedule period = periods.get(i);
            LocalDate lastDay = lastDayOf(i);
            LocalDate start = from.isAfter(period.startDate) ? from : period.startDate;
            LocalDate end = lastDay != null && lastDay.isBefore(to) ? lastDay : to;
            for (LocalDate date : rules.get(i).dates(period.startDate, start, end)) {
                occurrences.add(occurrence(period, date));
            }
        }
        return occurrences;
    }

    public Optional<Occurrence> at(LocalDate date) {
        return between(date, date).stream().findFirst();
    }

    public static Occurrence occurrence(RoomSchedule period, LocalDate date) {
        ZonedDateTime start = ZonedDateTime.of(date, period.startTime, ZoneId.of(period.timeZone));
        return new Occurrence(date, start, period.durationMinutes, period);
    }
}
