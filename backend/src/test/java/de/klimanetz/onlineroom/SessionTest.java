package de.klimanetz.onlineroom;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionTest extends ApiTest {

    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    @Test
    void aCoordinatorCancelsAndMovesSessionsAndMembersSeeIt() {
        String network = People.newNetwork("Absage");
        Person coordinator = People.newMember("koordination");
        Person member = People.newMember("mitglied");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, member, "MEMBER");
        LocalDate first = LocalDate.now(Rooms.BERLIN).plusDays(7);
        String room = Rooms.create(network, Rooms.schedule(first, "10:00", 90, "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(first)));
        String sessions = "/api/v1/online-rooms/" + room + "/sessions/";
        LocalDate second = first.plusDays(7);

        String etag = as(coordinator.token()).get(sessions + first).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("SCHEDULED")).extract().header("ETag");
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("cancelled", true, "cancellationReason", "Weihnachtspause"))
                .put(sessions + first).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CANCELLED")).body("cancellationReason", equalTo("Weihnachtspause"));
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("cancelled", false))
                .put(sessions + first).then().statusCode(412);
        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("cancelled", false))
                .put(sessions + first).then().statusCode(428);
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.TEXT).body("x")
                .put(sessions + second).then().statusCode(415);

        String moved = second + "T14:00:00+01:00";
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("startsAt", second.atTime(14, 0).atZone(Rooms.BERLIN).toOffsetDateTime().toString(),
                        "topic", "Wärmeplanung", "presenter", "Gesa Gastgeberin",
                        "materials", List.of(Map.of("title", "Folien", "url", "https://example.org/folien.pdf"))))
                .put(sessions + second).then().statusCode(200)
                .body("status", equalTo("MOVED"))
                .body("startsAt", containsString("T14:00"))
                .body("originalStartsAt", containsString("T10:00"))
                .body("materials[0].title", equalTo("Folien"));

        as(member.token()).queryParam("from", first.toString()).queryParam("to", second.plusDays(7).toString())
                .get("/api/v1/online-rooms/" + room + "/sessions").then().statusCode(200)
                .body("items.status", contains("CANCELLED", "MOVED", "SCHEDULED"))
                .body("items[0].cancellationReason", equalTo("Weihnachtspause"))
                .body("items[1].topic", equalTo("Wärmeplanung"))
                .body("items[2].topic", nullValue());
        as(member.token()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Map.of("cancelled", false))
                .put(sessions + first).then().statusCode(403);
        // Restoring the scheduled time.
        as(coordinator.token()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Map.of("cancelled", false))
                .put(sessions + first).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void badSessionChangesAreRefused() {
        String network = People.newNetwork("Sitzungsfehler");
        String room = Rooms.create(network, Rooms.weeklySince(30));
        String today = as(Tokens.admin()).get("/api/v1/online-rooms/" + room).path("schedule.startDate");
        String path = "/api/v1/online-rooms/" + room + "/sessions/";
        LocalDate next = LocalDate.parse(today).plusDays(7);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("cancelled", true))
                .put(path + today).then().statusCode(409);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("topic", "Rückblick"))
                .put(path + today).then().statusCode(200).body("topic", equalTo("Rückblick"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("cancelled", true, "startsAt", next + "T10:00:00+01:00"))
                .put(path + next).then().statusCode(400).body("violations.field", contains("startsAt"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(Map.of("title", "Böse", "url", "javascript:alert(1)"))))
                .put(path + next).then().statusCode(400).body("violations.field", contains("materials[0].url"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("cancelled", true))
                .put(path + next.plusDays(1)).then().statusCode(404);
        as(Tokens.admin()).get(path + next.plusDays(1)).then().statusCode(404);
        as(Tokens.admin()).get(path + "morgen").then().statusCode(400).body("violations[0].field", equalTo("date"));
        as(Tokens.admin()).get("/api/v1/online-rooms/" + UNKNOWN + "/sessions/" + today).then().statusCode(404);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("cancelled", true))
                .put(path + "morgen").then().statusCode(400);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("cancelled", true))
                .put("/api/v1/online-rooms/" + UNKNOWN + "/sessions/" + today).then().statusCode(404);
    }

    @Test
    void theSessionWindowIsCheckedAndBounded() {
        String network = People.newNetwork("Fenster");
        String room = Rooms.create(network, Rooms.schedule(LocalDate.of(2026, 1, 6), "10:00", 60, "FREQ=WEEKLY;BYDAY=TU"));
        String path = "/api/v1/online-rooms/" + room + "/sessions";
        as(Tokens.admin()).queryParam("from", "2026-01-01").queryParam("to", "2027-12-31").get(path).then().statusCode(200)
                .body("items", hasSize(104));
        as(Tokens.admin()).queryParam("from", "2026-01-01").queryParam("to", "2028-01-02").get(path).then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        as(Tokens.admin()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get(path).then().statusCode(400);
        as(Tokens.admin()).queryParam("from", "gestern").get(path).then().statusCode(400).body("violations[0].field", equalTo("from"));
        as(Tokens.admin()).get("/api/v1/online-rooms/kaputt/sessions").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/online-rooms/" + UNKNOWN + "/sessions").then().statusCode(404);
    }

    @Test
    void minutesAreDraftedThenPublishedToMembers() {
        String network = People.newNetwork("Protokoll");
        Person coordinator = People.newMember("koordination");
        Person member = People.newMember("mitglied");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, member, "MEMBER");
        String room = Rooms.create(network, Rooms.weeklySince(180));
        String date = as(Tokens.admin()).get("/api/v1/online-rooms/" + room).path("schedule.startDate");
        String minutes = "/api/v1/online-rooms/" + room + "/sessions/" + date + "/minutes";

        as(member.token()).get(minutes).then().statusCode(404);
        String etag = as(coordinator.token()).contentType(ContentType.JSON)
                .body(Map.of("markdown", "## Themen\n\n<script>alert(1)</script>", "status", "DRAFT"))
                .put(minutes).then().statusCode(200).body("status", equalTo("DRAFT")).body("publishedAt", nullValue())
                .body("updatedBy.id", equalTo(coordinator.id())).extract().header("ETag");
        as(member.token()).get(minutes).then().statusCode(404);
        as(member.token()).queryParam("from", date).queryParam("to", date).get("/api/v1/online-rooms/" + room + "/sessions")
                .then().body("items[0].minutesPublished", equalTo(false));
        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("markdown", "x", "status", "PUBLISHED"))
                .put(minutes).then().statusCode(428);
        as(coordinator.token()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(Map.of("markdown", "x", "status", "PUBLISHED"))
                .put(minutes).then().statusCode(412);
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("markdown", "", "status", "SECRET"))
                .put(minutes).then().statusCode(400);
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.TEXT).body("x").put(minutes).then().statusCode(415);
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("markdown", "## Themen\n\n- Wärmeplanung", "status", "PUBLISHED"))
                .put(minutes).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        // The Markdown is kept as written; rendering it safely is the client's job (the SPA never runs HTML from it).
        as(member.token()).get(minutes).then().statusCode(200).body("markdown", equalTo("## Themen\n\n- Wärmeplanung"));
        as(Tokens.integration()).get(minutes).then().statusCode(200);
        as(member.token()).queryParam("from", date).queryParam("to", date).get("/api/v1/online-rooms/" + room + "/sessions")
                .then().body("items[0].minutesPublished", equalTo(true));
        as(member.token()).contentType(ContentType.JSON).body(Map.of("markdown", "x", "status", "DRAFT")).put(minutes).then().statusCode(403);

        String notASession = LocalDate.parse(date).plusDays(1).toString();
        as(coordinator.token()).get("/api/v1/online-rooms/" + room + "/sessions/" + notASession + "/minutes").then().statusCode(404);
        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("markdown", "x", "status", "DRAFT"))
                .put("/api/v1/online-rooms/" + room + "/sessions/" + notASession + "/minutes").then().statusCode(404);
        as(coordinator.token()).get("/api/v1/online-rooms/" + room + "/sessions/kaputt/minutes").then().statusCode(400);
        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("markdown", "x", "status", "DRAFT"))
                .put("/api/v1/online-rooms/kaputt/sessions/" + date + "/minutes").then().statusCode(400);
    }
}
