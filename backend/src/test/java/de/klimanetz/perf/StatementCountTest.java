package de.klimanetz.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.StatementCountHeader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the main reads run a bounded number of SQL statements, the same for a small network
 * and for one of a thousand members with a year of attendance, many events, long waitlists and
 * hundreds of municipalities, and the same on the first page and on a later, larger one.
 *
 * <p>Counted per request by StatementCounter (every statement Hibernate prepares in the request,
 * native ones included), read from the X-Statement-Count header. Each request is made once before
 * it is counted, so that a caller's profile exists (the first request of a new caller creates it).
 */
@QuarkusTest
class StatementCountTest extends ApiTest {

    /** Members of the large network, besides the callers. */
    private static final int LARGE = 1000;

    @Inject
    EntityManager em;

    private static Fixture fixture;

    /** Two networks of the same shape and very different size, and who looks at them. */
    private record Fixture(Person coordinator, Person smallMember, Person largeMember, String small, String large,
                           String smallRoom, String largeRoom, String smallEvent, String largeEvent) {
    }

    private synchronized Fixture fixture() {
        if (fixture == null) {
            fixture = build();
        }
        return fixture;
    }

    private Fixture build() {
        Person coordinator = People.newMember("zaehl-koordination");
        Person smallMember = People.newMember("zaehl-klein");
        Person largeMember = People.newMember("zaehl-gross");
        String small = People.newNetwork("Zählnetz klein");
        String large = People.newNetwork("Zählnetz groß");
        People.join(small, coordinator, "COORDINATOR");
        People.join(large, coordinator, "COORDINATOR");
        People.join(small, smallMember, "MEMBER");
        People.join(large, largeMember, "MEMBER");
        People.join(small, People.newMember("zaehl-klein-2"), "MEMBER");

        LocalDate today = LocalDate.now(Rooms.BERLIN);
        String smallRoom = Rooms.create(small, Rooms.schedule(today.minusDays(20), "10:00", 90,
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + Rooms.weekday(today.minusDays(20))));
        String largeRoom = Rooms.create(large, Rooms.schedule(today.minusDays(370), "10:00", 90,
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + Rooms.weekday(today.minusDays(370))));

        String smallEvent = Events.create(small, Events.event("Kleines Treffen", 3, 30));
        List<String> largeEvents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            largeEvents.add(Events.create(large, Events.event("Großes Treffen " + i, 2 + i, 5)));
        }

        QuarkusTransaction.requiringNew().run(() -> {
            // 300 municipalities whose names contain "Zählstadt"; the members live in them
            em.createNativeQuery("""
                    insert into municipality (id, name, kind, official_key, federal_state, created_at, updated_at)
                    select gen_random_uuid(), 'Zählstadt ' || g, 'GEMEINDE', '99' || lpad(g::text, 6, '0'), 'NW', now(), now()
                      from generate_series(1, 300) g""").executeUpdate();
            em.createNativeQuery("""
                    with people as (
                        insert into participant (id, subject, display_name, email, email_verified, municipality_id, topics,
                                                 in_office_since, created_at, updated_at)
                        select gen_random_uuid(), 'zaehl-' || g, 'Zählperson ' || g, 'zaehl-' || g || '@zaehl.klimanetz.example', true,
                               (select id from municipality where official_key = '99' || lpad((1 + g % 300)::text, 6, '0')),
                               array['Wärme', 'Mobilität ' || g], current_date - (g % 400), now(), now()
                          from generate_series(1, :count) g
                        returning id)
                    insert into network_membership (id, network_id, participant_id, role, state, since, created_at, updated_at)
                    select gen_random_uuid(), cast(:network as uuid), id, 'MEMBER', 'ACTIVE', current_date - 400, now(), now()
                      from people""").setParameter("count", LARGE).setParameter("network", large).executeUpdate();
            // a year of biweekly attendance for everyone in the large network
            em.createNativeQuery("""
                    insert into session_attendance (id, room_id, session_date, participant_id, status, self_reported, recorded_at)
                    select gen_random_uuid(), cast(:room as uuid), d::date, m.participant_id,
                           (array['PRESENT', 'EXCUSED', 'ABSENT'])[1 + abs(hashtext(m.participant_id::text || d::text)) % 3], false, now()
                      from network_membership m
                     cross join generate_series(cast(:first as date), current_date - 1, interval '14 days') d
                     where m.network_id = cast(:network as uuid) and m.state = 'ACTIVE'""")
                    .setParameter("room", largeRoom).setParameter("first", today.minusDays(370)).setParameter("network", large)
                    .executeUpdate();
            // 40 registrations per large event, 5 seats: long waitlists, and sign-ups for the excursion
            em.createNativeQuery("""
                    insert into registration (id, event_id, participant_id, status, arrival, created_at, updated_at, version)
                    select gen_random_uuid(), e.id, p.id, 'WAITLISTED', nextval('registration_arrival_seq'), now(), now(), 0
                      from event e
                     cross join lateral (select p.id from participant p where p.subject like 'zaehl-%' and p.subject not like 'zaehl-%-%'
                                          order by p.subject limit 40) p
                     where e.network_id = cast(:network as uuid)""").setParameter("network", large).executeUpdate();
            em.createNativeQuery("""
                    update registration r set status = 'CONFIRMED'
                      from (select id, row_number() over (partition by event_id order by arrival) n from registration) o
                     where o.id = r.id and o.n <= 5 and r.event_id in (select id from event where network_id = cast(:network as uuid))""")
                    .setParameter("network", large).executeUpdate();
            em.createNativeQuery("""
                    insert into agenda_sign_up (id, agenda_item_id, registration_id, status, arrival)
                    select gen_random_uuid(), a.id, r.id, case when r.status = 'CONFIRMED' and r.arrival = first_value(r.arrival)
                               over (partition by a.id order by r.arrival) then 'CONFIRMED' else 'WAITLISTED' end,
                           nextval('registration_arrival_seq')
                      from registration r join agenda_item a on a.event_id = r.event_id and a.sign_up_required
                     where r.event_id in (select id from event where network_id = cast(:network as uuid))""")
                    .setParameter("network", large).executeUpdate();
        });

        // the callers' own registrations: confirmed in the small event, waitlisted in the large ones
        as(smallMember.token()).contentType("application/json").body(Map.of())
                .post("/api/v1/events/" + smallEvent + "/registrations").then().statusCode(201);
        for (String event : largeEvents.subList(0, 3)) {
            as(largeMember.token()).contentType("application/json").body(Map.of())
                    .post("/api/v1/events/" + event + "/registrations").then().statusCode(201);
        }
        return new Fixture(coordinator, smallMember, largeMember, small, large, smallRoom, largeRoom, smallEvent, largeEvents.get(0));
    }

    @Test
    void directory() {
        Fixture f = fixture();
        String small = "/api/v1/networks/" + f.small() + "/members";
        String large = "/api/v1/networks/" + f.large() + "/members";
        assertSameAndBounded("directory", 4, Map.of(
                "small network", count(f.smallMember(), small),
                "large network, first page", count(f.largeMember(), large + "?size=10"),
                "large network, a later, larger page", count(f.largeMember(), large + "?page=7&size=100"),
                "large network, by municipality", count(f.largeMember(), large + "?sort=municipality&page=3"),
                "large network, search", count(f.largeMember(), large + "?q=zählperson 1"),
                "large network, short search", count(f.largeMember(), large + "?q=1"),
                "large network, search for a topic", count(f.largeMember(), large + "?q=mobilit&page=2")));
    }

    @Test
    void municipalitySearch() {
        Fixture f = fixture();
        assertSameAndBounded("municipality search", 3, Map.of(
                "one match", count(f.smallMember(), "/api/v1/municipalities?q=Zählstadt 300"),
                "three hundred matches", count(f.smallMember(), "/api/v1/municipalities?q=zahlstadt"),
                "a later, larger page", count(f.smallMember(), "/api/v1/municipalities?q=Zählstadt&page=2&size=100"),
                "by key", count(f.smallMember(), "/api/v1/municipalities?q=9900"),
                "all", count(f.smallMember(), "/api/v1/municipalities?page=1&size=50")));
    }

    @Test
    void upcomingEvents() {
        Fixture f = fixture();
        assertSameAndBounded("upcoming events", 8, Map.of(
                "small network", count(f.smallMember(), "/api/v1/networks/" + f.small() + "/events?when=upcoming"),
                "large network", count(f.largeMember(), "/api/v1/networks/" + f.large() + "/events?when=upcoming"),
                "large network, a later page", count(f.largeMember(), "/api/v1/networks/" + f.large() + "/events?when=upcoming&page=1&size=5")));
    }

    @Test
    void eventPage() {
        Fixture f = fixture();
        assertSameAndBounded("event page", 7, Map.of(
                "small event, confirmed", count(f.smallMember(), "/api/v1/events/" + f.smallEvent()),
                "large event, waitlisted", count(f.largeMember(), "/api/v1/events/" + f.largeEvent()),
                "large event, coordinator", count(f.coordinator(), "/api/v1/events/" + f.largeEvent())));
    }

    @Test
    void roomSessions() {
        Fixture f = fixture();
        LocalDate today = LocalDate.now(Rooms.BERLIN);
        Function<String, String> sessions = room -> "/api/v1/online-rooms/" + room + "/sessions";
        assertSameAndBounded("room sessions", 7, Map.of(
                "small room", count(f.smallMember(), sessions.apply(f.smallRoom())),
                "large room", count(f.largeMember(), sessions.apply(f.largeRoom())),
                "large room, a year", count(f.largeMember(), sessions.apply(f.largeRoom()) + "?from=" + today.minusDays(360) + "&to=" + today),
                "large room, coordinator", count(f.coordinator(), sessions.apply(f.largeRoom()) + "?from=" + today.minusDays(60) + "&to=" + today)));
    }

    @Test
    void myUpcoming() {
        Fixture f = fixture();
        assertSameAndBounded("/me/upcoming", 9, Map.of(
                "member of the small network", count(f.smallMember(), "/api/v1/me/upcoming"),
                "member of the large network, waitlisted", count(f.largeMember(), "/api/v1/me/upcoming"),
                "member of the large network, many", count(f.largeMember(), "/api/v1/me/upcoming?limit=50"),
                "coordinator of both", count(f.coordinator(), "/api/v1/me/upcoming?limit=50")));
    }

    @Test
    void attendanceReport() {
        Fixture f = fixture();
        LocalDate today = LocalDate.now(Rooms.BERLIN);
        String small = "/api/v1/networks/" + f.small() + "/attendance-report";
        String large = "/api/v1/networks/" + f.large() + "/attendance-report";
        assertSameAndBounded("attendance report", 5, Map.of(
                "small network", count(f.coordinator(), small),
                "large network, a month", count(f.coordinator(), large + "?from=" + today.minusDays(30) + "&to=" + today),
                "large network, a year", count(f.coordinator(), large + "?from=" + today.minusDays(365) + "&to=" + today)));
    }

    @Test
    void networkStats() {
        Fixture f = fixture();
        assertSameAndBounded("network stats", 4, Map.of(
                "small network", count(f.smallMember(), "/api/v1/networks/" + f.small() + "/stats"),
                "large network", count(f.largeMember(), "/api/v1/networks/" + f.large() + "/stats")));
    }

    private static void assertSameAndBounded(String endpoint, int bound, Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        System.out.println("statements per request, " + endpoint + ": " + sorted);
        int first = sorted.values().iterator().next();
        sorted.forEach((what, count) -> {
            assertEquals(first, count, endpoint + ": the same statements whatever the size: " + sorted);
            assertTrue(count <= bound, endpoint + ": at most " + bound + " statements: " + sorted);
        });
    }

    /** The statements of one GET (after a first, uncounted one), which must succeed. */
    private static int count(Person caller, String path) {
        request(caller).get(path).then().statusCode(200);
        String header = request(caller).get(path).then().statusCode(200).extract().header(StatementCountHeader.HEADER);
        return Integer.parseInt(header);
    }

    private static RequestSpecification request(Person caller) {
        return as(caller.token()).accept("application/json");
    }
}
