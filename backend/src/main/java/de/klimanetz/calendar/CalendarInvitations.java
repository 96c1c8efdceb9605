package de.klimanetz.calendar;

import de.klimanetz.onlineroom.Occurrence;
import de.klimanetz.onlineroom.RoomSchedule;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.onlineroom.SessionView;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar invitations for mail attachments (iTIP, RFC 5546): a REQUEST puts an event into the
 * recipient's calendar, or updates the entry with the same UID there when its SEQUENCE is higher;
 * a CANCEL takes it out. The UIDs are those of the feeds. Each message holds one UID; the
 * recipient's ATTENDEE line is added when the mail is sent ({@link #withAttendee}).
 */
public final class CalendarInvitations {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private CalendarInvitations() {
    }

    /** An on-site event; a registration on the waitlist holds it as TENTATIVE. */
    public static String event(EventCalendarEntry entry, boolean cancel, boolean tentative, int sequence, String organizer) {
        VEvent event = CalendarWriter.onSite(entry);
        if (cancel) {
            event.replace(new Status(Status.VALUE_CANCELLED));
        } else if (tentative) {
            event.replace(new Status(Status.VALUE_TENTATIVE));
        }
        return message(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(BERLIN.getId()),
                List.of(event), sequence, organizer);
    }

    /** The series of a room's schedule periods that last until {@code from} or later: one message per period. */
    public static List<String> roomSeries(RoomCalendarEntry entry, LocalDate from, int sequence, String organizer) {
        List<String> messages = new ArrayList<>();
        SchedulePlan plan = entry.plan();
        for (int i = 0; i < plan.periods().size(); i++) {
            LocalDate last = plan.lastDayOf(i);
            if (last != null && last.isBefore(from)) {
                continue;
            }
            RoomSchedule period = plan.periods().get(i);
            CalendarWriter.period(entry, i, true).ifPresent(events ->
                    messages.add(message(ImmutableMethod.REQUEST, List.of(period.timeZone), events, sequence, organizer)));
        }
        return messages;
    }

    /** Every series of a closed room, cancelled. */
    public static List<String> roomCancelled(RoomCalendarEntry entry, int sequence, String organizer) {
        List<String> messages = new ArrayList<>();
        SchedulePlan plan = entry.plan();
        for (int i = 0; i < plan.periods().size(); i++) {
            RoomSchedule period = plan.periods().get(i);
            Optional<List<VEvent>> events = CalendarWriter.period(entry, i, true);
            if (events.isPresent()) {
                VEvent master = events.get().get(0);
                master.replace(new Status(Status.VALUE_CANCELLED));
                messages.add(message(ImmutableMethod.CANCEL, List.of(period.timeZone), List.of(master), sequence, organizer));
            }
        }
        return messages;
    }

    /**
     * One session of a series as it is now: cancelled (CANCEL with its RECURRENCE-ID), or moved or
     * back on (REQUEST for that occurrence). Empty when the date is not a session.
     */
    public static Optional<String> session(RoomCalendarEntry entry, SessionView session, int sequence, String organizer) {
        Occurrence occurrence = session.occurrence();
        RoomSchedule period = occurrence.schedule();
        String uid = CalendarWriter.uid(entry, period);
        ParameterList tz = CalendarWriter.tz(period);
        String topic = session.override() == null ? null : session.override().topic;
        VEvent event;
        if (session.cancelled()) {
            event = new VEvent(occurrence.scheduledStart(), occurrence.scheduledEnd(), entry.room().title);
            event.add(new Uid(uid));
            event.add(new Status(Status.VALUE_CANCELLED));
        } else {
            ZonedDateTime start = session.startsAt().withZoneSameInstant(ZoneId.of(period.timeZone));
            event = CalendarWriter.event(entry, uid, start, start.plusMinutes(session.durationMinutes()), topic, true);
        }
        event.add(new RecurrenceId<>(tz, occurrence.scheduledStart()));
        return Optional.of(message(session.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST,
                List.of(period.timeZone), List.of(event), sequence, organizer));
    }

    /**
     * The message addressed to one person: RFC 5546 wants the recipient as ATTENDEE. No answer is
     * asked for (RSVP=FALSE); {@code partStat} says where they stand, e.g. ACCEPTED for a seat.
     */
    public static String withAttendee(String ics, String email, String name, String partStat) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("stored invitation is not iCalendar", e);
        }
        for (CalendarComponent component : calendar.<CalendarComponent>getComponents()) {
            if (component instanceof VEvent event) {
                List<net.fortuna.ical4j.model.Parameter> parameters = new ArrayList<>(List.of(Role.REQ_PARTICIPANT,
                        new PartStat(partStat == null ? PartStat.NEEDS_ACTION.getValue() : partStat), new Rsvp(false)));
                if (name != null && !name.isBlank()) {
                    parameters.add(new Cn(name));
                }
                event.add(new Attendee(new ParameterList(parameters), URI.create("mailto:" + email)));
            }
        }
        return calendar.toString();
    }

    /** The METHOD of a stored invitation, for the attachment's content type. */
    public static String method(String ics) {
        return ics.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
    }

    private static String message(Method method, List<String> zones, List<VEvent> events, int sequence, String organizer) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Klimanetz//Einladungen//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        zones.stream().distinct().forEach(zone -> calendar.add(CalendarWriter.vtimezone(zone)));
        for (VEvent event : events) {
            event.add(new Sequence(sequence));
            event.add(new Organizer(new ParameterList(List.of(new Cn("Klimanetz"))), URI.create("mailto:" + organizer)));
            calendar.add(event);
        }
        return calendar.toString();
    }

    static String summaryOf(VEvent event) {
        return event.<Summary>getProperty(Summary.SUMMARY).map(Summary::getValue).orElse("");
    }
}
