package de.klimanetz.hardening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Defects 1, 2, 4, 5, 6 and 11 of issue 10: input that is not what the contract says is a 400
 * problem naming the field (or the documented 413/414/415/428) and changes nothing.
 */
@QuarkusTest
class StrictInputTest extends ApiTest {

    private static String network() {
        return People.newNetwork("Streng");
    }

    private static Map<String, Object> networkBody(Object name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("region", "NRW");
        body.put("eligibility", "Klimaschutzmanagement");
        body.put("organizer", Map.of("name", "Kommunal Agentur NRW", "contactEmail", "netzwerk@kommunalagentur-nrw.example.org"));
        return body;
    }

    private static Response put(String token, String path, String etag, Object body) {
        return as(token).header("If-Match", etag).contentType(ContentType.JSON).body(body).put(path);
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    void nulCharactersAreRefusedInBodiesAndQueries() {
        String name = "Netz\u0000werk";
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(networkBody(name)).post("/api/v1/networks"), "name");
        Response me = as(Tokens.member()).get("/api/v1/me");
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("displayName", "Mara\u0000");
        refused(put(Tokens.member(), "/api/v1/me", me.header("ETag"), profile), "displayName");
        profile.put("displayName", "Mara");
        profile.put("topics", List.of("Wärme", "Rad\u0000verkehr"));
        refused(put(Tokens.member(), "/api/v1/me", me.header("ETag"), profile), "topics[1]");
        refused(as(Tokens.member()).urlEncodingEnabled(false).get("/api/v1/municipalities?q=Un%00na"), "q");
        refused(as(Tokens.admin()).urlEncodingEnabled(false).get("/api/v1/networks/" + network() + "/members?q=a%00b"), "q");
        as(Tokens.member()).get("/api/v1/me").then().statusCode(200).header("ETag", me.header("ETag"));
    }

    @Test
    void brokenTextIsRefused() {
        // an unpaired surrogate, escaped in JSON
        String body = "{\"name\":\"Netz\\ud800\",\"region\":\"NRW\",\"eligibility\":\"x\","
                + "\"organizer\":{\"name\":\"A\",\"contactEmail\":\"a@example.org\"}}";
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/networks"), "name");
        // overlong UTF-8 (C0 AF would be "/")
        byte[] overlong = "{\"name\":\"Netz?\",\"region\":\"NRW\",\"eligibility\":\"x\",\"organizer\":{\"name\":\"A\",\"contactEmail\":\"a@example.org\"}}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[overlong.length + 1];
        int at = new String(overlong, StandardCharsets.UTF_8).indexOf('?');
        System.arraycopy(overlong, 0, bytes, 0, at);
        bytes[at] = (byte) 0xC0;
        bytes[at + 1] = (byte) 0xAF;
        System.arraycopy(overlong, at + 1, bytes, at + 2, overlong.length - at - 1);
        refused(as(Tokens.admin()).contentType("application/json").body(bytes).post("/api/v1/networks"), "body");
        refused(as(Tokens.member()).urlEncodingEnabled(false).get("/api/v1/municipalities?q=%C0%AF"), "q");
        // a name of zero-width spaces has nothing to see
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(networkBody("\u200B\u200B\uFEFF")).post("/api/v1/networks"), "name");
    }

    @Test
    void textIsStoredInNormalFormC() {
        String decomposed = "Cafe\u0301 Kli\u0308ma " + UUID.randomUUID();
        String composed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC);
        String id = as(Tokens.admin()).contentType(ContentType.JSON).body(networkBody(decomposed)).post("/api/v1/networks")
                .then().statusCode(201).body("name", equalTo(composed)).extract().path("id");
        as(Tokens.admin()).get("/api/v1/networks/" + id).then().statusCode(200).body("name", equalTo(composed));
    }

    @Test
    void pagesPastTheMaximumAreRefused() {
        for (String path : List.of("/api/v1/networks", "/api/v1/municipalities", "/api/v1/networks/" + network() + "/members")) {
            refused(as(Tokens.admin()).queryParam("page", 107374183).queryParam("size", 20).get(path), "page");
            as(Tokens.admin()).queryParam("page", 1_000_000).queryParam("size", 100).get(path).then().statusCode(200);
        }
    }

    @Test
    void wrongJsonTypesAreNotCoerced() {
        String name = "Typen " + UUID.randomUUID();
        Map<String, Object> body = networkBody(name);
        body.put("eligibility", false);
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/networks"), "eligibility");
        body = networkBody(12345);
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/networks"), "name");
        body = networkBody(true);
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/api/v1/networks"), "name");
        String net = network();
        for (Object capacity : List.of(1.5, "10")) {
            Map<String, Object> event = de.klimanetz.support.Events.event("Typen", 20, 10);
            event.put("capacity", capacity);
            refused(as(Tokens.admin()).contentType(ContentType.JSON).body(event).post("/api/v1/networks/" + net + "/events"), "capacity");
        }
        Map<String, Object> room = Rooms.room("Typen", Rooms.weeklySince(-600), null);
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(room).post("/api/v1/networks/" + net + "/online-rooms"), "moderatorIds");
        Map<String, Object> role = Map.of("participantId", UUID.randomUUID().toString(), "role", 0);
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(role).post("/api/v1/networks/" + net + "/members"), "role");
        String duplicate = "{\"name\":\"A\",\"name\":\"B\",\"region\":\"NRW\",\"eligibility\":\"x\","
                + "\"organizer\":{\"name\":\"A\",\"contactEmail\":\"a@example.org\"}}";
        refused(as(Tokens.admin()).contentType(ContentType.JSON).body(duplicate).post("/api/v1/networks"), "name");
        assertEquals(0, (int) as(Tokens.admin()).queryParam("size", 100).get("/api/v1/networks").path("items.findAll { it.name == '" + name + "' }.size()"));
    }

    @Test
    void aBodyWithoutContentTypeIsA415() {
        as(Tokens.admin()).body(networkBody("Ohne Typ").toString()).post("/api/v1/networks")
                .then().statusCode(415).contentType("application/problem+json");
        as(Tokens.admin()).contentType("text/plain").body("{}").post("/api/v1/networks")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void impossibleAndFarDatesAreRefused() {
        Response me = as(Tokens.member()).get("/api/v1/me");
        for (String date : List.of("0000-01-01", "0001-01-01", "1800-01-01", "+10000-01-01")) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("displayName", "Mara");
            profile.put("inOfficeSince", date);
            refused(put(Tokens.member(), "/api/v1/me", me.header("ETag"), profile), "inOfficeSince");
        }
        String net = network();
        for (String start : List.of("0000-01-01T10:00:00Z", "9999-12-31T10:00:00Z", "1999-12-31T10:00:00Z",
                LocalDate.now().plusYears(11) + "T10:00:00Z")) {
            Map<String, Object> event = de.klimanetz.support.Events.event("Fern", 20, 10);
            event.put("startsAt", start);
            event.put("agenda", List.of());
            refused(as(Tokens.admin()).contentType(ContentType.JSON).body(event).post("/api/v1/networks/" + net + "/events"), "startsAt");
        }
        for (LocalDate start : List.of(LocalDate.of(1, 1, 2), LocalDate.of(9999, 12, 28), LocalDate.of(1999, 12, 28))) {
            Map<String, Object> room = Rooms.room("Fern", Rooms.schedule(start, "10:00", 60, "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(start)), List.of());
            refused(as(Tokens.admin()).contentType(ContentType.JSON).body(room).post("/api/v1/networks/" + net + "/online-rooms"),
                    "schedule.startDate");
        }
        as(Tokens.member()).get("/api/v1/me").then().statusCode(200).header("ETag", me.header("ETag"));
    }

    @Test
    void farRecurrenceRulesAreRefused() {
        String net = network();
        LocalDate start = LocalDate.now().plusDays(7);
        String day = Rooms.weekday(start);
        for (String rule : List.of("FREQ=WEEKLY;BYDAY=" + day + ";UNTIL=99991231",
                "FREQ=WEEKLY;BYDAY=" + day + ";UNTIL=" + start.plusYears(10).plusDays(1).toString().replace("-", ""),
                "FREQ=MONTHLY;INTERVAL=12;COUNT=500")) {
            Map<String, Object> room = Rooms.room("Fern", Rooms.schedule(start, "10:00", 60, rule), List.of());
            refused(as(Tokens.admin()).contentType(ContentType.JSON).body(room).post("/api/v1/networks/" + net + "/online-rooms"),
                    "schedule.rrule");
        }
        Map<String, Object> room = Rooms.room("Nah", Rooms.schedule(start, "10:00", 60,
                "FREQ=WEEKLY;BYDAY=" + day + ";UNTIL=" + start.plusYears(10).toString().replace("-", "")), List.of());
        as(Tokens.admin()).contentType(ContentType.JSON).body(room).post("/api/v1/networks/" + net + "/online-rooms")
                .then().statusCode(201);
        refused(as(Tokens.admin()).get("/api/v1/networks/" + net + "/attendance-report?from=9999-01-01&to=9999-12-31"), "from");
    }

    @Test
    void ifMatchStarIsNoVersion() {
        Response me = as(Tokens.member()).get("/api/v1/me");
        put(Tokens.member(), "/api/v1/me", "*", Map.of("displayName", "Mara")).then().statusCode(428)
                .contentType("application/problem+json");
        as(Tokens.member()).get("/api/v1/me").then().header("ETag", me.header("ETag"));
    }

    @Test
    void aStringFarBeyondAnyLimitIsRefusedWhileReadAndNamesItsField() {
        long networks = as(Tokens.admin()).get("/api/v1/networks").then().extract().jsonPath().getLong("totalItems");
        as(Tokens.admin()).contentType(ContentType.JSON).body(networkBody("x".repeat(200_000))).post("/api/v1/networks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.message", hasItem(containsString("länger")));
        assertEquals(networks, as(Tokens.admin()).get("/api/v1/networks").then().extract().jsonPath().getLong("totalItems"));
    }

    @Test
    void tooLargeBodiesAndAddressesAreProblems() {
        String big = "x".repeat(600_000);
        as(Tokens.admin()).contentType(ContentType.JSON).body(networkBody(big)).post("/api/v1/networks")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        as(Tokens.admin()).get("/api/v1/municipalities?q=" + "a".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json").body("type", startsWith("https://klimanetz.de/problems/"));
        as(Tokens.admin()).get("/api/v1/municipalities?q=" + "a".repeat(5000) + "&kind=" + "b".repeat(5000) + "&page=" + "c".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json");
    }

    @Test
    void optionsAndMethodNotAllowedNameExactlyTheMethodsThatWork() {
        String net = network();
        assertEquals("GET, HEAD, OPTIONS, PUT", allow(as(Tokens.admin()).noFilters().options("/api/v1/networks/" + net)));
        assertEquals("GET, HEAD, OPTIONS, POST", allow(as(Tokens.admin()).noFilters().options("/api/v1/networks")));
        assertEquals("DELETE, GET, HEAD, OPTIONS, PUT", allow(as(Tokens.admin()).noFilters().options("/api/v1/me")));
        Response notAllowed = as(Tokens.admin()).contentType(ContentType.JSON).body("{}").post("/api/v1/networks/" + net);
        notAllowed.then().statusCode(405).contentType("application/problem+json");
        assertEquals("GET, HEAD, OPTIONS, PUT", allow(notAllowed));
    }

    private static String allow(Response response) {
        return String.join(", ", new java.util.TreeSet<>(List.of(response.header("Allow").split(",\\s*"))));
    }
}
