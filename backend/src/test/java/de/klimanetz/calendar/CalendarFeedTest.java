package de.klimanetz.calendar;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedTest extends ApiTest {

    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    @Test
    void theNetworkCalendarIsOneSeriesWithoutTheCancelledSession() throws Exception {
        String network = People.newNetwork("Kalender");
        Person coordinator = People.newMember("koordination");
        People.join(network, coordinator, "COORDINATOR");
        // Every second Tuesday at 10:00 from 16 March 2027: clocks change on 28 March.
        String room = RestAssured.given().auth().oauth2(coordinator.token()).contentType(ContentType.JSON)
                .body(Rooms.room("Online-Austausch", Rooms.schedule(LocalDate.of(2027, 3, 16), "10:00", 90,
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"), List.of(coordinator.id())))
                .post("/api/v1/networks/" + network + "/online-rooms").then().statusCode(201).extract().path("id");
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("cancelled", true, "cancellationReason", "Osterferien"))
                .put("/api/v1/online-rooms/" + room + "/sessions/2027-03-30").then().statusCode(200);

        // A cancelled on-site event stays in the feed, marked as cancelled.
        String event = de.klimanetz.support.Events.create(network, de.klimanetz.support.Events.event("Präsenztreffen", 30, 20));
        as(coordinator.token()).delete("/api/v1/events/" + event).then().statusCode(204);

        String ics = as(coordinator.token()).get("/api/v1/networks/" + network + "/calendar.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<VEvent> onSite = events.stream().filter(e -> e.getProperty("UID").orElseThrow().getValue().startsWith("event-")).toList();
        assertEquals(1, onSite.size());
        assertEquals("CANCELLED", onSite.get(0).getProperty("STATUS").orElseThrow().getValue());
        assertTrue(onSite.get(0).getProperty("LOCATION").orElseThrow().getValue().startsWith("Kreishaus Unna, Friedrich-Ebert-Straße 17"));
        events = events.stream().filter(e -> !onSite.contains(e)).toList();
        assertEquals(1, events.size(), "one entry for the whole series");
        VEvent series = events.get(0);
        assertEquals("https://meet.example.org/Online-Austausch", series.getProperty("URL").orElseThrow().getValue());
        assertTrue(series.getProperty("DESCRIPTION").orElseThrow().getValue().contains("https://meet.example.org/Online-Austausch"));
        assertTrue(series.getProperty("UID").orElseThrow().getValue().startsWith("room-" + room));
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
        assertFalse(ics.contains(coordinator.email()), "no e-mail addresses");

        Period<ZonedDateTime> spring = new Period<>(ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, Rooms.BERLIN),
                ZonedDateTime.of(2027, 4, 30, 0, 0, 0, 0, Rooms.BERLIN));
        List<String> starts = series.getConsumedTime(spring).stream()
                .map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(Rooms.BERLIN).toOffsetDateTime().toString())
                .toList();
        assertEquals(List.of("2027-03-16T10:00+01:00", "2027-04-13T10:00+02:00", "2027-04-27T10:00+02:00"), starts);

        as(Tokens.integration()).get("/api/v1/networks/" + network + "/calendar.ics").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/networks/kaputt/calendar.ics").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/" + UNKNOWN + "/calendar.ics").then().statusCode(404);
    }

    @Test
    void aPersonalAddressWorksWithoutLoginUntilRevoked() throws Exception {
        String network = People.newNetwork("Abo");
        Person member = People.newMember("abo");
        People.join(network, member, "MEMBER");
        Rooms.create(network, Rooms.weeklySince(-60));

        as(member.token()).get("/api/v1/me/calendar-feed").then().statusCode(404);
        String url = as(member.token()).post("/api/v1/me/calendar-feed").then().statusCode(201)
                .body("url", matchesPattern("http.*/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics")).extract().path("url");
        as(member.token()).get("/api/v1/me/calendar-feed").then().statusCode(200);
        String path = URI.create(url).getPath();

        String ics = RestAssured.given().get(path).then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(1, calendar.getComponents("VEVENT").size());
        assertTrue(ics.contains("482913"), "the member's own feed carries the access code");

        String second = as(member.token()).post("/api/v1/me/calendar-feed").then().statusCode(201).extract().path("url");
        RestAssured.given().get(path).then().statusCode(404);
        RestAssured.given().get(URI.create(second).getPath()).then().statusCode(200);
        as(member.token()).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        RestAssured.given().get(URI.create(second).getPath()).then().statusCode(404).body("status", equalTo(404));
        as(member.token()).delete("/api/v1/me/calendar-feed").then().statusCode(204);
        RestAssured.given().get("/api/v1/calendar/nicht-so.ics").then().statusCode(404);

        // Erasing oneself ends the subscription too.
        String third = as(member.token()).post("/api/v1/me/calendar-feed").then().statusCode(201).extract().path("url");
        as(member.token()).get("/api/v1/me/export").then().statusCode(200).body("calendarFeedCreatedAt", org.hamcrest.Matchers.notNullValue());
        as(member.token()).delete("/api/v1/me").then().statusCode(204);
        RestAssured.given().get(URI.create(third).getPath()).then().statusCode(404);
    }
}
