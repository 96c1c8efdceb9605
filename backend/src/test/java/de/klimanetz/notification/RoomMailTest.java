package de.klimanetz.notification;

import static de.klimanetz.support.Mailbox.subjectContains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Online rooms by mail: the series on joining, a cancelled or moved session as an update of that
 * occurrence, published minutes; in each person's language, with one-click unsubscribe.
 */
@QuarkusTest
class RoomMailTest extends ApiTest {

    @Test
    void membersGetTheSeriesAndEachChangedSessionAsACalendarUpdate() throws Exception {
        String network = People.newNetwork("Raumpost");
        Person coordinator = People.newMember("koordination");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        chooseEnglish(bert);
        LocalDate first = LocalDate.now(Rooms.BERLIN).plusDays(7);
        String room = Rooms.create(network, Rooms.schedule(first, "10:00", 90, "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + Rooms.weekday(first)));
        String uid = "room-" + room + "-" + first + "@klimanetz.de";

        Mailbox.Mail opened = Mailbox.awaitOne(anna.email(), subjectContains("Neuer Online-Raum: Raum"));
        Calendar series = calendar(opened, "REQUEST");
        VEvent master = series.<VEvent>getComponents("VEVENT").get(0);
        assertEquals(uid, master.getProperty("UID").orElseThrow().getValue());
        assertTrue(master.getProperty("RRULE").orElseThrow().getValue().contains("FREQ=WEEKLY;INTERVAL=2"), "the series' rule");
        assertTrue(opened.text().contains("482913"), "members get the access code");
        assertNotNull(opened.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", opened.header("List-Unsubscribe-Post"));
        assertTrue(as(anna.token()).get("/api/v1/networks/" + network + "/calendar.ics").asString().contains("UID:" + uid));
        Mailbox.awaitOne(bert.email(), subjectContains("New online room: Raum"));

        Person cara = People.newMember("cara");
        People.join(network, cara, "MEMBER");
        Mailbox.Mail joined = Mailbox.awaitOne(cara.email(), subjectContains("Terminserie: Raum"));
        assertEquals(uid, calendar(joined, "REQUEST").<VEvent>getComponents("VEVENT").get(0).getProperty("UID").orElseThrow().getValue());

        String sessions = "/api/v1/online-rooms/" + room + "/sessions/";
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("cancelled", true, "cancellationReason", "Weihnachtspause")).put(sessions + first).then().statusCode(200);
        Mailbox.Mail cancelled = Mailbox.awaitOne(anna.email(), subjectContains("Abgesagt: Raum am"));
        VEvent occurrence = calendar(cancelled, "CANCEL").<VEvent>getComponents("VEVENT").get(0);
        assertEquals(uid, occurrence.getProperty("UID").orElseThrow().getValue());
        assertTrue(occurrence.getProperty("RECURRENCE-ID").isPresent(), "an update of that one occurrence");
        assertTrue(cancelled.text().contains("Weihnachtspause"), cancelled.text());
        Mailbox.awaitOne(bert.email(), subjectContains("Cancelled: Raum on"));

        String unsubscribe = unsubscribeAddress(cancelled);
        RestAssured.given().get(unsubscribe).then().statusCode(200)
                .body("category", equalTo("roomCalendar")).body("enabled", equalTo(true));
        RestAssured.given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(unsubscribe)
                .then().statusCode(200).body("enabled", equalTo(false));
        RestAssured.given().post(unsubscribe).then().statusCode(200).body("enabled", equalTo(false));
        as(anna.token()).get("/api/v1/me/notification-settings").then().body("roomCalendar", equalTo(false))
                .body("minutes", equalTo(true));

        LocalDate second = first.plusDays(14);
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("startsAt", second.atTime(14, 0).atZone(Rooms.BERLIN).toOffsetDateTime().toString()))
                .put(sessions + second).then().statusCode(200);
        Mailbox.Mail moved = Mailbox.awaitOne(cara.email(), subjectContains("Verschoben: Raum am"));
        VEvent changed = calendar(moved, "REQUEST").<VEvent>getComponents("VEVENT").get(0);
        assertTrue(changed.getProperty("DTSTART").orElseThrow().getValue().contains("T140000"), "the new start");
        Thread.sleep(1500);
        assertEquals(List.of(), Mailbox.to(anna.email()).stream().filter(subjectContains("Verschoben")).toList(),
                "who unsubscribed gets no more of that category");

        String minutes = sessions + second + "/minutes";
        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("markdown", "## Ergebnisse", "status", "PUBLISHED"))
                .put(minutes).then().statusCode(200);
        Mailbox.Mail published = Mailbox.awaitOne(anna.email(), subjectContains("Protokoll veröffentlicht: Raum"));
        assertTrue(published.text().contains("http://app.klimanetz.test/online-raeume/" + room + "/termine/" + second));
    }

    @Test
    void forgedOrMangledUnsubscribeLinksLeadNowhere() {
        RestAssured.given().get("/api/v1/unsubscribe/AAAAAAAAAAAAAAAAAAAAAG1pbnV0ZXM.AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
        RestAssured.given().post("/api/v1/unsubscribe/kaputt").then().statusCode(404);
    }

    static void chooseEnglish(Person person) {
        String etag = RestAssured.given().auth().oauth2(person.token()).get("/api/v1/me").header("ETag");
        RestAssured.given().auth().oauth2(person.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Bert Beispiel", "language", "en")).put("/api/v1/me").then().statusCode(200)
                .body("language", equalTo("en"));
    }

    static Calendar calendar(Mailbox.Mail mail, String method) throws Exception {
        String ics = mail.attachment("text/calendar");
        assertNotNull(ics, "a calendar attachment in " + mail.subject());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(method, calendar.getProperty("METHOD").orElseThrow().getValue());
        return calendar;
    }

    /** The path of the RFC 8058 address in List-Unsubscribe: <http://app.klimanetz.test/api/v1/unsubscribe/...>. */
    static String unsubscribeAddress(Mailbox.Mail mail) {
        String header = mail.header("List-Unsubscribe");
        assertNotNull(header, "List-Unsubscribe in " + mail.subject());
        return header.substring(header.indexOf("/api/v1/unsubscribe/"), header.indexOf('>'));
    }
}
