package de.klimanetz.notification;

import static de.klimanetz.support.Mailbox.subjectContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.junit.jupiter.api.Test;

/** Registration mails through real SMTP: confirmed, waitlisted, moved up, withdrawn; each with its calendar invitation. */
@QuarkusTest
class RegistrationMailTest extends ApiTest {

    @Test
    void registeringWaitingAndMovingUpEachSendOneMailWithACalendarInvitation() throws Exception {
        String network = People.newNetwork("Post");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        String event = Events.create(network, Events.event("Präsenztreffen Unna", 10, 1));
        String registrations = "/api/v1/events/" + event + "/registrations";
        String uid = "event-" + event + "@klimanetz.de";

        String annas = as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations)
                .then().statusCode(201).extract().path("id");
        Mailbox.Mail confirmed = Mailbox.awaitOne(anna.email(), subjectContains("Anmeldung bestätigt: Präsenztreffen Unna"));
        VEvent request = onlyEvent(confirmed, "REQUEST");
        assertEquals(uid, request.<Uid>getProperty("UID").orElseThrow().getValue());
        assertEquals("mailto:" + anna.email(), request.<Attendee>getProperty("ATTENDEE").orElseThrow().getValue());
        assertTrue(confirmed.text().contains("Kreishaus Unna"), confirmed.text());
        assertTrue(confirmed.text().contains("http://app.klimanetz.test/veranstaltungen/" + event), confirmed.text());
        assertTrue(confirmed.header("Message-ID").matches("<[0-9a-f-]{36}@klimanetz\\.example>"), confirmed.header("Message-ID"));
        assertEquals(null, confirmed.header("List-Unsubscribe"), "about one's own registration: always sent, no unsubscribe");
        String feed = as(anna.token()).get("/api/v1/networks/" + network + "/calendar.ics").asString();
        assertTrue(feed.contains("UID:" + uid), "the invitation has the feed's UID");

        as(bert.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(201);
        Mailbox.Mail waiting = Mailbox.awaitOne(bert.email(), subjectContains("Warteliste, Platz 1"));
        VEvent tentative = onlyEvent(waiting, "REQUEST");
        assertEquals("TENTATIVE", tentative.<Status>getProperty("STATUS").orElseThrow().getValue());

        as(anna.token()).delete(registrations + "/" + annas).then().statusCode(204);
        Mailbox.Mail withdrawn = Mailbox.awaitOne(anna.email(), subjectContains("Abmeldung bestätigt"));
        onlyEvent(withdrawn, "CANCEL");
        Mailbox.Mail promoted = Mailbox.awaitOne(bert.email(), subjectContains("Sie haben einen Platz: Präsenztreffen Unna"));
        VEvent seat = onlyEvent(promoted, "REQUEST");
        assertEquals("CONFIRMED", seat.<Status>getProperty("STATUS").orElseThrow().getValue());
        assertTrue(sequence(seat) > sequence(tentative), "a later mail about the event has a higher SEQUENCE");

        Thread.sleep(1500);
        assertEquals(1, Mailbox.to(bert.email()).stream().filter(subjectContains("Sie haben einen Platz")).count());
        assertEquals(1, Mailbox.to(anna.email()).stream().filter(subjectContains("Anmeldung bestätigt")).count());
    }

    @Test
    void changesToTheEventAndCancellationsByTheCoordinationReachEveryoneRegistered() throws Exception {
        String network = People.newNetwork("Änderung");
        Person coordinator = People.newMember("koordination");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        Person cara = People.newMember("cara");
        People.join(network, coordinator, "COORDINATOR");
        for (Person person : java.util.List.of(anna, bert, cara)) {
            People.join(network, person, "MEMBER");
        }
        RoomMailTest.chooseEnglish(cara);
        Map<String, Object> details = Events.event("Klimatag", 12, 2);
        String event = Events.create(network, details);
        String registrations = "/api/v1/events/" + event + "/registrations";
        String annas = as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(201)
                .extract().path("id");
        as(bert.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(201);
        as(cara.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(201);
        VEvent before = onlyEvent(Mailbox.awaitOne(anna.email(), subjectContains("Anmeldung bestätigt: Klimatag")), "REQUEST");
        Mailbox.awaitOne(cara.email(), subjectContains("Waiting list, position 1: Klimatag"));

        String etag = as(coordinator.token()).get("/api/v1/events/" + event).header("ETag");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.parse((String) details.get("startsAt")).plusHours(2);
        details.put("startsAt", start.toString());
        details.put("endsAt", start.plusHours(4).toString());
        details.put("agenda", java.util.List.of());
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON).body(details)
                .put("/api/v1/events/" + event).then().statusCode(200);
        Mailbox.Mail changed = Mailbox.awaitOne(bert.email(), subjectContains("Geändert: Klimatag"));
        VEvent after = onlyEvent(changed, "REQUEST");
        assertTrue(sequence(after) > sequence(before), "the update outranks the first invitation");
        assertTrue(changed.text().contains("Bisher"), "the mail says what it was before: " + changed.text());
        VEvent tentative = onlyEvent(Mailbox.awaitOne(cara.email(), subjectContains("Changed: Klimatag")), "REQUEST");
        assertEquals("TENTATIVE", tentative.<Status>getProperty("STATUS").orElseThrow().getValue());

        as(coordinator.token()).delete(registrations + "/" + annas).then().statusCode(204);
        onlyEvent(Mailbox.awaitOne(anna.email(), subjectContains("Ihre Anmeldung wurde storniert: Klimatag")), "CANCEL");
        Mailbox.awaitOne(cara.email(), subjectContains("You have a seat: Klimatag"));

        as(coordinator.token()).delete("/api/v1/events/" + event).then().statusCode(204);
        for (Person person : java.util.List.of(bert)) {
            onlyEvent(Mailbox.awaitOne(person.email(), subjectContains("Abgesagt: Klimatag")), "CANCEL");
        }
        onlyEvent(Mailbox.awaitOne(cara.email(), subjectContains("Cancelled: Klimatag")), "CANCEL");
        Thread.sleep(1500);
        assertEquals(0, Mailbox.to(anna.email()).stream().filter(subjectContains("Abgesagt")).count(),
                "who was no longer registered hears nothing of the cancellation");
    }

    @Test
    void aLineBreakInAnEventTitleCannotAddAMailHeader() {
        String network = People.newNetwork("Kopfzeile");
        Person anna = People.newMember("anna");
        People.join(network, anna, "MEMBER");
        String title = "Treffen\r\nBcc: alle@evil.example";
        Map<String, Object> details = Events.event(title, 9, null);
        var created = as(de.klimanetz.support.Tokens.admin()).contentType(ContentType.JSON).body(details)
                .post("/api/v1/networks/" + network + "/events");
        if (created.statusCode() != 201) {
            assertEquals(400, created.statusCode(), "refused, or accepted and defused");
            return;
        }
        String event = created.path("id");
        as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201);
        Mailbox.Mail mail = Mailbox.awaitOne(anna.email(), subjectContains("Anmeldung bestätigt"));
        assertEquals(null, mail.header("Bcc"));
        assertTrue(mail.subject().contains("Bcc: alle@evil.example"), "the text stays in the one-line subject: " + mail.subject());
        assertEquals(java.util.List.of(anna.email()), mail.to());
    }

    static VEvent onlyEvent(Mailbox.Mail mail, String method) throws Exception {
        String ics = mail.attachment("text/calendar");
        assertNotNull(ics, "a calendar attachment in " + mail.subject());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(method, calendar.<Method>getProperty("METHOD").orElseThrow().getValue());
        var events = calendar.<VEvent>getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    static int sequence(VEvent event) {
        return event.<Sequence>getProperty("SEQUENCE").orElseThrow().getSequenceNo();
    }

    static Duration seconds(int n) {
        return Duration.ofSeconds(n);
    }
}
