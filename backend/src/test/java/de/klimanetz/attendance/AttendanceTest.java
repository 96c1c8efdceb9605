package de.klimanetz.attendance;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest extends ApiTest {

    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    @Test
    void membersCheckInWhileItIsOpenAndExcuseThemselvesBefore() {
        String network = People.newNetwork("Einchecken");
        Person member = People.newMember("mitglied");
        Person outsider = People.newMember("fremd");
        People.join(network, member, "MEMBER");
        String room = Rooms.create(network, Rooms.weeklySince(10));
        String today = as(Tokens.admin()).get("/api/v1/online-rooms/" + room).path("schedule.startDate");
        String next = LocalDate.parse(today).plusDays(7).toString();
        String session = "/api/v1/online-rooms/" + room + "/sessions/";

        as(member.token()).post(session + today + "/attendance/me").then().statusCode(200)
                .body("status", equalTo("PRESENT")).body("date", equalTo(today));
        as(member.token()).post(session + today + "/attendance/me").then().statusCode(200).body("status", equalTo("PRESENT"));
        as(member.token()).post(session + today + "/attendance/me/excuse").then().statusCode(409);
        as(member.token()).post(session + next + "/attendance/me").then().statusCode(409);
        as(member.token()).post(session + next + "/attendance/me/excuse").then().statusCode(200).body("status", equalTo("EXCUSED"));
        as(member.token()).queryParam("from", today).queryParam("to", next).get("/api/v1/online-rooms/" + room + "/sessions")
                .then().body("items.myAttendance", contains("PRESENT", "EXCUSED"))
                .body("items.checkInOpen", contains(true, false));
        as(member.token()).get("/api/v1/me/export").then().statusCode(200)
                .body("attendance.status", contains("PRESENT", "EXCUSED"))
                .body("attendance[0].roomTitle", equalTo("Raum"));
        as(outsider.token()).post(session + today + "/attendance/me").then().statusCode(403);
        as(Tokens.admin()).post(session + today + "/attendance/me").then().statusCode(403);
        as(member.token()).post(session + LocalDate.parse(today).plusDays(1) + "/attendance/me").then().statusCode(404);
        as(member.token()).post(session + "bald/attendance/me").then().statusCode(400);
        as(member.token()).post(session + "bald/attendance/me/excuse").then().statusCode(400);
        as(member.token()).post("/api/v1/online-rooms/" + UNKNOWN + "/sessions/" + today + "/attendance/me/excuse").then().statusCode(404);

        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("cancelled", true))
                .put(session + next).then().statusCode(200);
        as(member.token()).post(session + next + "/attendance/me/excuse").then().statusCode(409);
    }

    @Test
    void coordinatorsTakeAttendanceInBulk() {
        String network = People.newNetwork("Anwesenheit");
        Person coordinator = People.newMember("koordination");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        Person stranger = People.newMember("fremd");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        String room = Rooms.create(network, Rooms.weeklySince(20));
        String today = as(Tokens.admin()).get("/api/v1/online-rooms/" + room).path("schedule.startDate");
        String sheet = "/api/v1/online-rooms/" + room + "/sessions/" + today + "/attendance";

        as(anna.token()).post("/api/v1/online-rooms/" + room + "/sessions/" + today + "/attendance/me").then().statusCode(200);
        String etag = as(coordinator.token()).get(sheet).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("entries", hasSize(3))
                .body("entries.find { it.participant.id == '" + anna.id() + "' }.status", equalTo("PRESENT"))
                .body("entries.find { it.participant.id == '" + anna.id() + "' }.selfReported", equalTo(true))
                .extract().header("ETag");
        as(anna.token()).get(sheet).then().statusCode(403);

        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(Map.of("participantId", bert.id(), "status", "ABSENT"));
        entries.add(Map.of("participantId", coordinator.id(), "status", "PRESENT"));
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("entries", entries))
                .put(sheet).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("entries.status", containsInAnyOrder("PRESENT", "PRESENT", "ABSENT"));
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("entries", entries))
                .put(sheet).then().statusCode(412);
        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("entries", entries)).put(sheet).then().statusCode(428);
        as(coordinator.token()).header("If-Match", "\"2\"").contentType(ContentType.TEXT).body("x").put(sheet).then().statusCode(415);
        as(coordinator.token()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("participantId", stranger.id(), "status", "PRESENT"))))
                .put(sheet).then().statusCode(400).body("violations.field", contains("entries[0].participantId"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("participantId", bert.id());
        clear.put("status", null);
        as(coordinator.token()).header("If-Match", "\"2\"").contentType(ContentType.JSON).body(Map.of("entries", List.of(clear)))
                .put(sheet).then().statusCode(200)
                .body("entries.find { it.participant.id == '" + bert.id() + "' }.status", equalTo(null));

        String next = LocalDate.parse(today).plusDays(7).toString();
        String nextSheet = "/api/v1/online-rooms/" + room + "/sessions/" + next + "/attendance";
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("participantId", bert.id(), "status", "PRESENT"))))
                .put(nextSheet).then().statusCode(409);
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(Map.of("participantId", bert.id(), "status", "EXCUSED"))))
                .put(nextSheet).then().statusCode(200);
        as(coordinator.token()).get("/api/v1/online-rooms/" + room + "/sessions/kaputt/attendance").then().statusCode(400);
        as(coordinator.token()).get("/api/v1/online-rooms/" + UNKNOWN + "/sessions/" + today + "/attendance").then().statusCode(404);
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("entries", entries))
                .put("/api/v1/online-rooms/" + UNKNOWN + "/sessions/" + today + "/attendance").then().statusCode(404);
    }

    @Test
    void theReportCountsHeldSessionsPerPersonAsJsonAndCsv() {
        String network = People.newNetwork("Bericht");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        // Today's session began 10 minutes ago; next week's has not been held yet.
        String room = Rooms.create(network, Rooms.weeklySince(10));
        String today = as(Tokens.admin()).get("/api/v1/online-rooms/" + room).path("schedule.startDate");
        as(anna.token()).post("/api/v1/online-rooms/" + room + "/sessions/" + today + "/attendance/me").then().statusCode(200);
        String report = "/api/v1/networks/" + network + "/attendance-report";
        String to = LocalDate.parse(today).plusDays(14).toString();

        as(Tokens.integration()).queryParam("from", today).queryParam("to", to).get(report).then().statusCode(200)
                .body("sessionsHeld", equalTo(1))
                .body("rows", hasSize(2))
                .body("rows.find { it.participant.id == '" + anna.id() + "' }.present", equalTo(1))
                .body("rows.find { it.participant.id == '" + bert.id() + "' }.absent", equalTo(1));
        byte[] csv = as(Tokens.admin()).accept("text/csv").queryParam("from", today).queryParam("to", to).get(report)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertEquals("Name;Kommune;Amtlicher Schlüssel;Termine;Anwesend;Entschuldigt;Abwesend", lines.get(0));
        org.hamcrest.MatcherAssert.assertThat(lines, hasItem(org.hamcrest.Matchers.endsWith(";1;1;0;0")));
        org.hamcrest.MatcherAssert.assertThat(lines, hasItem(org.hamcrest.Matchers.endsWith(";1;0;0;1")));
        as(Tokens.admin()).queryParam("from", "2026-01-01").queryParam("to", "2028-06-01").get(report).then().statusCode(400);
        as(Tokens.admin()).queryParam("from", "Januar").get(report).then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/kaputt/attendance-report").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/" + UNKNOWN + "/attendance-report").then().statusCode(404);
        as(anna.token()).get(report).then().statusCode(403);
    }
}
