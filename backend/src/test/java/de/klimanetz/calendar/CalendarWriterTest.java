package de.klimanetz.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.RoomSchedule;
import de.klimanetz.onlineroom.SchedulePlan;
import de.klimanetz.onlineroom.SessionOverride;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed parsed back with ical4j: one series, cancelled dates absent, 10:00 local on both sides of a DST change. */
class CalendarWriterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void oneSeriesWithExdateAndOverrideAcrossDaylightSavingTime() throws Exception {
        OnlineRoom room = new OnlineRoom();
        room.id = UUID.fromString("3c0e8e5e-2b7a-4f53-9c1d-8a4f6b2d9e10");
        room.title = "Online-Austausch";
        room.joinUrl = "https://meet.example/raum";
        room.accessCode = "4711";
        RoomSchedule schedule = new RoomSchedule();
        schedule.roomId = room.id;
        schedule.startDate = LocalDate.of(2027, 3, 2);
        schedule.startTime = LocalTime.of(10, 0);
        schedule.durationMinutes = 90;
        schedule.timeZone = "Europe/Berlin";
        schedule.rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU";
        SessionOverride cancelled = new SessionOverride();
        cancelled.date = LocalDate.of(2027, 3, 30);
        cancelled.cancelled = true;
        SessionOverride moved = new SessionOverride();
        moved.date = LocalDate.of(2027, 4, 13);
        moved.movedStartsAt = OffsetDateTime.parse("2027-04-14T14:00:00+02:00");
        String ics = CalendarWriter.write("Test", List.of(new RoomCalendarEntry(room, "Netzwerk", new SchedulePlan(List.of(schedule)),
                List.of(cancelled, moved))), List.of(), true);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent master = events.stream().filter(e -> e.getProperty("RRULE").isPresent()).findFirst().orElseThrow();
        assertEquals(1, events.stream().filter(e -> e.getProperty("RRULE").isPresent()).count());
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());

        Period<ZonedDateTime> spring = new Period<>(ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, BERLIN),
                ZonedDateTime.of(2027, 4, 20, 0, 0, 0, 0, BERLIN));
        List<? extends Period<? extends Temporal>> occurrences = master.getConsumedTime(spring);
        List<String> starts = occurrences.stream().map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(BERLIN).toString()).toList();
        // 2 March (CET, +01:00), 16 March, [30 March cancelled: CEST from 28 March], 13 April (master still lists it; the override moves it)
        assertEquals(List.of("2027-03-02T10:00+01:00[Europe/Berlin]", "2027-03-16T10:00+01:00[Europe/Berlin]",
                "2027-04-13T10:00+02:00[Europe/Berlin]"), starts);
        assertFalse(starts.stream().anyMatch(s -> s.startsWith("2027-03-30")));
        VEvent override = events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isPresent()).findFirst().orElseThrow();
        assertTrue(override.getProperty("RECURRENCE-ID").orElseThrow().getValue().equals("20270413T100000"));
        assertEquals("20270414T140000", override.getProperty("DTSTART").orElseThrow().getValue());
    }
}
