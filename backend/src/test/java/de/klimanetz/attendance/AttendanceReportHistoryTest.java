package de.klimanetz.attendance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The attendance report, aggregated in SQL (issue 11), with membership histories: a session counts
 * for a person when it was held while they were a member, or when they have a record for it; a
 * held session without a record is absent. People who left and came back, who joined late, and
 * who were never members but have a record.
 */
@QuarkusTest
class AttendanceReportHistoryTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void sessionsCountWhileAMemberOrWithARecord() {
        String network = People.newNetwork("Bericht Verlauf");
        Person always = People.newMember("immer");
        Person returned = People.newMember("zurueck");
        Person guest = People.newMember("gast");
        Person late = People.newMember("spaet");
        LocalDate today = LocalDate.now(Rooms.BERLIN);
        LocalDate first = today.minusDays(70);
        // weekly: held on -70, -63, ..., -7 (ten sessions up to yesterday)
        String room = Rooms.create(network, Rooms.schedule(first, "10:00", 60, "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(first)));

        QuarkusTransaction.requiringNew().run(() -> {
            membership(network, always, "ACTIVE", first, null);
            membership(network, returned, "LEFT", first, today.minusDays(35));    // -70 .. -42: five sessions
            membership(network, returned, "ACTIVE", today.minusDays(21), null);   // -21, -14, -7: three
            membership(network, late, "ACTIVE", today.minusDays(10), null);       // -7: one
            record(room, first, always, "PRESENT");
            record(room, today.minusDays(63), always, "PRESENT");
            record(room, today.minusDays(56), always, "EXCUSED");
            record(room, first, returned, "PRESENT");
            record(room, today.minusDays(28), returned, "PRESENT");             // between the memberships: counts too
            record(room, today.minusDays(14), guest, "PRESENT");                // never a member
            record(room, today.minusDays(14), late, "ABSENT");                  // before joining: the record counts
        });

        ValidatableResponse report = as(Tokens.integration()).queryParam("from", first.toString())
                .queryParam("to", today.minusDays(1).toString())
                .get("/api/v1/networks/" + network + "/attendance-report").then().log().ifValidationFails().statusCode(200)
                .body("sessionsHeld", equalTo(10))
                .body("rows", hasSize(4));
        row(report, always, 10, 2, 1, 7);
        row(report, returned, 9, 2, 0, 7);
        row(report, guest, 1, 1, 0, 0);
        row(report, late, 2, 0, 0, 2);

        // a window from the day the first membership ended: -35 .. -7
        ValidatableResponse later = as(Tokens.integration()).queryParam("from", today.minusDays(35).toString())
                .queryParam("to", today.minusDays(1).toString())
                .get("/api/v1/networks/" + network + "/attendance-report").then().log().ifValidationFails().statusCode(200)
                .body("sessionsHeld", equalTo(5))
                .body("rows", hasSize(4));
        row(later, always, 5, 0, 0, 5);
        row(later, returned, 4, 1, 0, 3);
        row(later, guest, 1, 1, 0, 0);
        row(later, late, 2, 0, 0, 2);
    }

    private static void row(ValidatableResponse report, Person person, int sessions, int present, int excused, int absent) {
        String row = "rows.find { it.participant.id == '" + person.id() + "' }.";
        report.body(row + "sessionsHeld", equalTo(sessions)).body(row + "present", equalTo(present))
                .body(row + "excused", equalTo(excused)).body(row + "absent", equalTo(absent));
    }

    private void membership(String network, Person person, String state, LocalDate since, LocalDate leftOn) {
        em.createNativeQuery("""
                        insert into network_membership (id, network_id, participant_id, role, state, since, left_on, created_at, updated_at)
                        values (gen_random_uuid(), cast(:network as uuid), cast(:person as uuid), 'MEMBER', :state, :since, cast(:leftOn as date), now(), now())""")
                .setParameter("network", network).setParameter("person", person.id()).setParameter("state", state)
                .setParameter("since", since).setParameter("leftOn", leftOn).executeUpdate();
    }

    private void record(String room, LocalDate date, Person person, String status) {
        em.createNativeQuery("""
                        insert into session_attendance (id, room_id, session_date, participant_id, status, self_reported, recorded_at)
                        values (gen_random_uuid(), cast(:room as uuid), :date, cast(:person as uuid), :status, false, now())""")
                .setParameter("room", room).setParameter("date", date).setParameter("person", person.id())
                .setParameter("status", status).executeUpdate();
    }
}
