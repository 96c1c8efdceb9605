package de.klimanetz.calendar;

import de.klimanetz.event.Event;
import de.klimanetz.event.EventStatus;
import de.klimanetz.onlineroom.Occurrence;
import de.klimanetz.onlineroom.RoomSchedule;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.onlineroom.SessionOverride;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Online rooms and on-site events as RFC 5545 (written by ical4j). Each schedule period of a room is ONE recurring
 * VEVENT, with cancelled sessions as EXDATE and moved or described ones as RECURRENCE-ID
 * overrides, and a VTIMEZONE for every zone used. UIDs derive from the room and the period, so
 * calendar apps update entries instead of duplicating them. No participant appears in it.
 */
public final class CalendarWriter {

    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarWriter() {
    }

    public static String write(String calendarName, List<RoomCalendarEntry> entries, List<EventCalendarEntry> onSite,
                               boolean joinDetails) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Klimanetz//Online-Raeume//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        Set<String> zones = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (RoomCalendarEntry entry : entries) {
            SchedulePlan plan = entry.plan();
            for (int i = 0; i < plan.periods().size(); i++) {
                period(entry, i, joinDetails).ifPresent(events::addAll);
                zones.add(plan.periods().get(i).timeZone);
            }
        }
        for (EventCalendarEntry entry : onSite) {
            events.add(onSite(entry));
            zones.add(BERLIN.getId());
        }
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
        events.forEach(calendar::add);
        return calendar.toString();
    }

    static java.util.Optional<List<VEvent>> period(RoomCalendarEntry entry, int index, boolean joinDetails) {
        SchedulePlan plan = entry.plan();
        RoomSchedule period = plan.periods().get(index);
        LocalDate cut = plan.lastDayOf(index);
        String rule = plan.ruleOf(index).text();
        List<VEvent> events = new ArrayList<>();
        if (cut != null || rule.contains("UNTIL=")) {
            LocalDate last = cut != null ? cut : LocalDate.parse(untilOf(rule), DateTimeFormatter.BASIC_ISO_DATE);
            if (last.isBefore(period.startDate)) {
                return java.util.Optional.empty();
            }
            Instant end;
            if (rule.contains("COUNT=")) {
                // COUNT is at most 500: the expansion is bounded, and it tells where the count ends before the cut
                List<Occurrence> occurrences = plan.between(period.startDate, last).stream()
                        .filter(o -> o.schedule() == period).toList();
                if (occurrences.isEmpty()) {
                    return java.util.Optional.empty();
                }
                end = occurrences.get(occurrences.size() - 1).scheduledStart().toInstant();
            } else {
                // UNTIL is inclusive and need not be an occurrence: the end of the last day, without
                // expanding the rule, so the feed costs the same however far the rule runs
                end = last.plusDays(1).atStartOfDay(ZoneId.of(period.timeZone)).toInstant().minusSeconds(1);
            }
            rule = Arrays.stream(rule.split(";")).filter(p -> !p.startsWith("COUNT=") && !p.startsWith("UNTIL="))
                    .collect(Collectors.joining(";")) + ";UNTIL=" + UTC_BASIC.format(end);
        }
        Occurrence first = SchedulePlan.occurrence(period, period.startDate);
        String uid = uid(entry, period);
        VEvent master = event(entry, uid, first.scheduledStart(), first.scheduledEnd(), null, joinDetails);
        master.add(new RRule<>(rule));

        List<ZonedDateTime> cancelled = new ArrayList<>();
        for (SessionOverride override : entry.overrides()) {
            boolean inPeriod = !override.date.isBefore(period.startDate) && (cut == null || !override.date.isAfter(cut));
            if (!inPeriod) {
                continue;
            }
            Occurrence occurrence = plan.at(override.date).orElse(null);
            if (occurrence == null) {
                continue;
            }
            if (override.cancelled) {
                cancelled.add(occurrence.scheduledStart());
            } else if (override.movedStartsAt != null || override.durationMinutes != null || override.topic != null) {
                ZonedDateTime start = override.movedStartsAt == null ? occurrence.scheduledStart()
                        : override.movedStartsAt.atZoneSameInstant(ZoneId.of(period.timeZone));
                int minutes = override.durationMinutes == null ? occurrence.durationMinutes() : override.durationMinutes;
                VEvent changed = event(entry, uid, start, start.plusMinutes(minutes), override.topic, joinDetails);
                changed.add(new RecurrenceId<>(tz(period), occurrence.scheduledStart()));
                events.add(changed);
            }
        }
        if (!cancelled.isEmpty()) {
            master.add(new ExDate<>(tz(period), new DateList<>(cancelled)));
        }
        events.add(0, master);
        return java.util.Optional.of(events);
    }

    /** An on-site event: one VEVENT at its venue; a cancelled one stays in the feed as STATUS:CANCELLED. */
    static VEvent onSite(EventCalendarEntry entry) {
        Event event = entry.event();
        VEvent vevent = new VEvent(event.startsAt.atZoneSameInstant(BERLIN), event.endsAt.atZoneSameInstant(BERLIN), event.title);
        vevent.add(new Uid(uid(event)));
        vevent.add(new Status(event.status == EventStatus.CANCELLED ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        vevent.add(new Location(event.venue.oneLine()));
        StringBuilder description = new StringBuilder(entry.networkName());
        if (event.status == EventStatus.CANCELLED) {
            description.append("\n\nAbgesagt.");
        }
        if (event.description != null) {
            description.append("\n\n").append(event.description);
        }
        if (event.venue.accessibilityNotes != null) {
            description.append("\n\nBarrierefreiheit: ").append(event.venue.accessibilityNotes);
        }
        if (event.venue.directions != null) {
            description.append("\nAnreise: ").append(event.venue.directions);
        }
        vevent.add(new Description(description.toString()));
        return vevent;
    }

    /** One series per schedule period: a changed schedule starts a new series from its first day. */
    static String uid(RoomCalendarEntry entry, RoomSchedule period) {
        return "room-" + entry.room().id + "-" + period.startDate + "@klimanetz.de";
    }

    static String uid(Event event) {
        return "event-" + event.id + "@klimanetz.de";
    }

    static VEvent event(RoomCalendarEntry entry, String uid, ZonedDateTime start, ZonedDateTime end, String topic,
                                boolean joinDetails) {
        String summary = topic == null ? entry.room().title : entry.room().title + ": " + topic;
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(uid));
        event.add(new Status(Status.VALUE_CONFIRMED));
        StringBuilder description = new StringBuilder(entry.networkName());
        if (entry.room().description != null) {
            description.append("\n\n").append(entry.room().description);
        }
        if (joinDetails) {
            description.append("\n\nOnline-Raum: ").append(entry.room().joinUrl);
            if (entry.room().accessCode != null) {
                description.append("\nZugangscode: ").append(entry.room().accessCode);
            }
            if (entry.room().dialIn != null) {
                description.append("\nEinwahl per Telefon: ").append(entry.room().dialIn);
            }
            event.add(new Url(URI.create(entry.room().joinUrl)));
            event.add(new Location(entry.room().joinUrl));
        } else {
            event.add(new Location("Online"));
        }
        event.add(new Description(description.toString()));
        return event;
    }

    static net.fortuna.ical4j.model.component.VTimeZone vtimezone(String zone) {
        return ZONES.getTimeZone(zone).getVTimeZone();
    }

    static ParameterList tz(RoomSchedule period) {
        return new ParameterList(List.of(new TzId(period.timeZone)));
    }

    private static String untilOf(String rule) {
        return Arrays.stream(rule.split(";")).filter(p -> p.startsWith("UNTIL=")).findFirst().orElseThrow().substring(6);
    }
}
