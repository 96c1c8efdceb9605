package de.klimanetz.demo;

import de.klimanetz.event.AgendaItem;
import de.klimanetz.event.AgendaKind;
import de.klimanetz.event.Event;
import de.klimanetz.event.EventRepository;
import de.klimanetz.event.EventStatus;
import de.klimanetz.event.Seating;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * The NRW network's on-site meeting of DOMAIN.md at the Kreishaus Unna: a Thursday about four
 * weeks after the demo data is loaded (after the Christmas break if it would fall into it), with welcome, talks, an exchange on climate concepts and an
 * excursion with limited seats; the coordinator and the host are registered.
 */
@ApplicationScoped
public class DemoEvent {

    public static final UUID EVENT_ID = UUID.fromString("8d2f4b61-3c7e-4a90-b1d5-6e0f2a9c7b31");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final EventRepository events;
    private final DemoMunicipalities municipalities;
    private final ParticipantRepository participants;
    private final Seating seating;

    DemoEvent(EventRepository events, DemoMunicipalities municipalities, ParticipantRepository participants, Seating seating) {
        this.events = events;
        this.municipalities = municipalities;
        this.participants = participants;
        this.seating = seating;
    }

    @Transactional
    int ensurePresent() {
        if (events.findByIdOptional(EVENT_ID).isPresent()) {
            return 0;
        }
        LocalDate day = meetingDay(LocalDate.now(BERLIN));
        Event event = new Event();
        event.id = EVENT_ID;
        event.networkId = DemoNetworks.NRW_NETWORK_ID;
        event.title = "Präsenztreffen im Kreishaus Unna";
        event.description = "Nach einem Jahr im Online-Raum trifft sich das Netzwerk vor Ort: Begrüßung durch den Kreis Unna, "
                + "Impulse, Austausch zu Klimaschutzkonzepten und eine Exkursion zum Solarpark. Verpflegung ist vorgesehen.";
        event.status = EventStatus.PUBLISHED;
        event.startsAt = at(day, 10, 0);
        event.endsAt = at(day, 16, 30);
        event.venue.name = "Kreishaus Unna";
        event.venue.street = "Friedrich-Ebert-Straße 17";
        event.venue.postalCode = "59425";
        event.venue.city = "Unna";
        event.venue.room = "Großer Sitzungssaal, Raum 201";
        event.venue.accessibilityNotes = "Stufenloser Zugang über den Haupteingang, Aufzug zum 2. Obergeschoss, "
                + "barrierefreies WC im Erdgeschoss. Induktionsschleife im Sitzungssaal.";
        event.venue.directions = "Ab Unna Hauptbahnhof (RE 7, RB 59) etwa 8 Minuten zu Fuß über die Bahnhofstraße; "
                + "Bushaltestelle Kreishaus (Linien C41, R81) direkt vor dem Gebäude.";
        event.hostMunicipality = municipalities.byKey("05978");
        event.hostParticipant = participants.findById(DemoPeople.idOf("demo-host"));
        event.capacity = 30;
        event.registrationClosesAt = at(day.minusDays(7), 23, 59);
        item(event, day, "10:00", "10:30", "Begrüßung und Kennenlernen", "Gesa Gastgeberin, Kreis Unna", AgendaKind.WELCOME, null);
        item(event, day, "10:30", "11:30", "Impuls: Kommunale Wärmeplanung im Kreis Unna", "Klimaschutzmanagement Kreis Unna",
                AgendaKind.TALK, null);
        item(event, day, "11:30", "12:30", "Austausch: Stand der Klimaschutzkonzepte", null, AgendaKind.EXCHANGE, null);
        item(event, day, "12:30", "13:30", "Mittagspause", null, AgendaKind.BREAK, null);
        item(event, day, "13:30", "16:30", "Exkursion zum Solarpark Unna-Mühlhausen (Bus, begrenzte Plätze)", null,
                AgendaKind.EXCURSION, 12);
        event.markCreated();
        events.persist(event);
        events.flush();
        register(event, "demo-coordinator");
        register(event, "demo-host");
        seating.rebalance(event);
        return 1;
    }

    /** A Thursday about four weeks ahead, outside the Christmas break (no one meets on 24 December). */
    static LocalDate meetingDay(LocalDate today) {
        LocalDate day = today.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        java.time.MonthDay date = java.time.MonthDay.from(day);
        if (date.isAfter(java.time.MonthDay.of(12, 18)) || date.isBefore(java.time.MonthDay.of(1, 8))) {
            LocalDate january = LocalDate.of(date.getMonthValue() == 12 ? day.getYear() + 1 : day.getYear(), 1, 8);
            day = january.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        }
        return day;
    }

    private void register(Event event, String username) {
        seating.enqueue(event.id, participants.findById(DemoPeople.idOf(username)));
    }

    private static void item(Event event, LocalDate day, String from, String to, String title, String speaker, AgendaKind kind,
                             Integer capacity) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.nameUUIDFromBytes(("klimanetz-demo-agenda:" + title).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        item.event = event;
        item.position = event.agenda.size();
        item.startsAt = at(day, LocalTime.parse(from));
        item.endsAt = at(day, LocalTime.parse(to));
        item.title = title;
        item.speaker = speaker;
        item.kind = kind;
        item.signUpRequired = capacity != null;
        item.capacity = capacity;
        event.agenda.add(item);
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return at(day, LocalTime.of(hour, minute));
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BERLIN).toOffsetDateTime();
    }
}
