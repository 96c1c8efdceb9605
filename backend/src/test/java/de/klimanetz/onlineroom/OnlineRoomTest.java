package de.klimanetz.onlineroom;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnlineRoomTest extends ApiTest {

    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    @Test
    void aCoordinatorCreatesARoomAndMembersSeeItWithItsNextSession() {
        String network = People.newNetwork("Online-Raum");
        Person coordinator = People.newMember("koordination");
        Person member = People.newMember("mitglied");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, member, "MEMBER");
        LocalDate start = LocalDate.now(Rooms.BERLIN).plusDays(1);
        Map<String, Object> schedule = Rooms.schedule(start, "10:00", 90, "freq=weekly;interval=2;byday=" + Rooms.weekday(start));

        Response created = as(coordinator.token()).contentType(ContentType.JSON)
                .body(Rooms.room("Online-Austausch", schedule, List.of(coordinator.id())))
                .post("/api/v1/networks/" + network + "/online-rooms");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/online-rooms/"))
                .header("ETag", equalTo("\"0\""))
                .body("schedule.rrule", equalTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=" + Rooms.weekday(start)))
                .body("schedule.timeZone", equalTo("Europe/Berlin"))
                .body("moderators.id", contains(coordinator.id()))
                .body("nextSession.date", equalTo(start.toString()))
                .body("nextSession.status", equalTo("SCHEDULED"));
        String room = created.path("id");

        as(member.token()).get("/api/v1/networks/" + network + "/online-rooms").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].joinUrl", equalTo("https://meet.example.org/Online-Austausch"))
                .body("items[0].accessCode", equalTo("482913"));
        as(member.token()).get("/api/v1/online-rooms/" + room).then().statusCode(200).header("ETag", equalTo("\"0\""));
        // Integrations read rooms, never the way in.
        as(Tokens.integration()).get("/api/v1/online-rooms/" + room).then().statusCode(200)
                .body("joinUrl", nullValue()).body("accessCode", nullValue()).body("dialIn", nullValue())
                .body("title", equalTo("Online-Austausch"));
    }

    @Test
    void invalidRoomsAreRefusedWithTheReason() {
        String network = People.newNetwork("Ungültig");
        String path = "/api/v1/networks/" + network + "/online-rooms";
        LocalDate tuesday = LocalDate.of(2027, 1, 12);
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Rooms.room("X", Rooms.schedule(tuesday, "10:00", 90, "FREQ=MONTHLY;BYMONTHDAY=1"), List.of()))
                .post(path).then().statusCode(400)
                .body("violations.field", contains("schedule.rrule"))
                .body("violations[0].message", containsString("BYMONTHDAY"));
        as(Tokens.admin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Rooms.room("X", Rooms.schedule(tuesday, "10:00", 90, "FREQ=DAILY"), List.of()))
                .post(path).then().statusCode(400)
                .body("violations[0].message", containsString("DAILY"));
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Rooms.room("X", Rooms.schedule(tuesday.plusDays(1), "10:00", 90, "FREQ=WEEKLY;BYDAY=TU"), List.of()))
                .post(path).then().statusCode(400).body("violations.field", contains("schedule.startDate"));
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Rooms.room("X", Rooms.schedule(tuesday, "25:00", 2, "FREQ=WEEKLY"), List.of()))
                .post(path).then().statusCode(400)
                .body("violations.field", hasItem("schedule.startTime"))
                .body("violations.field", hasItem("schedule.durationMinutes"));
        Map<String, Object> http = Rooms.room("X", Rooms.schedule(tuesday, "10:00", 90, "FREQ=WEEKLY"), List.of());
        http.put("joinUrl", "http://meet.example.org/x");
        as(Tokens.admin()).contentType(ContentType.JSON).body(http).post(path).then().statusCode(400)
                .body("violations.field", contains("joinUrl"));
        Person outsider = People.newMember("fremd");
        Map<String, Object> strangerModerates = Rooms.room("X", Rooms.schedule(tuesday, "10:00", 90, "FREQ=WEEKLY"), List.of(outsider.id()));
        as(Tokens.admin()).contentType(ContentType.JSON).body(strangerModerates).post(path).then().statusCode(400)
                .body("violations.field", contains("moderatorIds[0]"));
        Map<String, Object> zone = Rooms.room("X", Rooms.schedule(tuesday, "10:00", 90, "FREQ=WEEKLY"), List.of());
        ((Map<String, Object>) zone.get("schedule")).put("timeZone", "Mars/Olympus");
        as(Tokens.admin()).contentType(ContentType.JSON).body(zone).post(path).then().statusCode(400)
                .body("violations.field", contains("schedule.timeZone"));
        as(Tokens.admin()).contentType(ContentType.TEXT).body("Raum").post(path).then().statusCode(415);
        as(Tokens.admin()).contentType(ContentType.JSON).body(http)
                .post("/api/v1/networks/" + UNKNOWN + "/online-rooms").then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/networks/" + network + "/online-rooms").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void changingTheScheduleSparesThePast() {
        String network = People.newNetwork("Zeitplan");
        // Began a week ago, weekly on today's weekday at a time that has passed: last week's and today's sessions are history.
        String room = Rooms.create(network, Rooms.weeklySince(7 * 24 * 60 + 180));
        String path = "/api/v1/online-rooms/" + room;
        Response before = as(Tokens.admin()).get(path);
        LocalDate lastWeek = LocalDate.parse(before.path("schedule.startDate"));
        String startTime = before.path("schedule.startTime");

        LocalDate from = LocalDate.now(Rooms.BERLIN).plusDays(1);
        Map<String, Object> changed = Rooms.room("Raum", Rooms.schedule(from, "15:00", 60, "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(from)), List.of());
        Map<String, Object> intoThePast = Rooms.room("Raum", Rooms.schedule(lastWeek, "15:00", 60,
                "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(lastWeek)), List.of());
        as(Tokens.admin()).header("If-Match", before.header("ETag")).contentType(ContentType.JSON).body(intoThePast)
                .put(path).then().statusCode(400).body("violations.field", contains("schedule.startDate"));
        as(Tokens.admin()).contentType(ContentType.JSON).body(changed).put(path).then().statusCode(428);
        as(Tokens.admin()).header("If-Match", "\"99\"").contentType(ContentType.JSON).body(changed).put(path).then().statusCode(412);
        as(Tokens.admin()).header("If-Match", before.header("ETag")).contentType(ContentType.TEXT).body("x").put(path).then().statusCode(415);
        as(Tokens.admin()).header("If-Match", before.header("ETag")).contentType(ContentType.JSON).body(changed)
                .put(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("schedule.startTime", equalTo("15:00"))
                .body("nextSession.date", equalTo(from.toString()));

        as(Tokens.admin()).queryParam("from", lastWeek.toString()).queryParam("to", from.plusDays(7).toString())
                .get(path + "/sessions").then().statusCode(200)
                .body("items.date", contains(lastWeek.toString(), lastWeek.plusDays(7).toString(), from.toString(),
                        from.plusDays(7).toString()))
                .body("items[0].startsAt", containsString("T" + startTime))
                .body("items[1].startsAt", containsString("T" + startTime))
                .body("items[2].startsAt", containsString("T15:00"));
    }

    @Test
    void tenOClockStaysTenOClockAcrossDaylightSavingTime() {
        String network = People.newNetwork("Sommerzeit");
        String room = Rooms.create(network, Rooms.schedule(LocalDate.of(2027, 3, 16), "10:00", 90, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"));
        as(Tokens.admin()).queryParam("from", "2027-03-01").queryParam("to", "2027-04-30")
                .get("/api/v1/online-rooms/" + room + "/sessions").then().statusCode(200)
                .body("items.date", contains("2027-03-16", "2027-03-30", "2027-04-13", "2027-04-27"))
                .body("items.startsAt", contains("2027-03-16T10:00:00+01:00", "2027-03-30T10:00:00+02:00",
                        "2027-04-13T10:00:00+02:00", "2027-04-27T10:00:00+02:00"))
                .body("items[0].endsAt", equalTo("2027-03-16T11:30:00+01:00"));
    }

    @Test
    void aClosedRoomLeavesTheListButMalformedAndUnknownIdsAreClear() {
        String network = People.newNetwork("Schließen");
        String room = Rooms.create(network, Rooms.weeklySince(-60 * 24));
        as(Tokens.admin()).delete("/api/v1/online-rooms/kaputt").then().statusCode(400);
        as(Tokens.admin()).delete("/api/v1/online-rooms/" + room).then().statusCode(204);
        as(Tokens.admin()).delete("/api/v1/online-rooms/" + room).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/online-rooms/" + room).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/online-rooms/kaputt").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/" + network + "/online-rooms").then().statusCode(200).body("items", hasSize(0));
        as(Tokens.admin()).get("/api/v1/networks/kaputt/online-rooms").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/" + UNKNOWN + "/online-rooms").then().statusCode(404);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Rooms.room("X", Rooms.weeklySince(0), List.of())).put("/api/v1/online-rooms/" + UNKNOWN).then().statusCode(404);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("title", "")).put("/api/v1/online-rooms/" + UNKNOWN).then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/" + network + "/online-rooms?size=0").then().statusCode(400)
                .body("violations[0].field", notNullValue());
    }
}
