package de.klimanetz.changes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feed as an integrator reads it: replaying it rebuilds what they may see, and it never names people. */
@QuarkusTest
class ChangeFeedTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void replayingTheFeedFromTheStartRebuildsTheCurrentStateAnIntegrationMaySee() throws Exception {
        String network = People.newNetwork("Replay");
        Person coordinator = People.newMember("koordination");
        Person anna = People.newMember("anna");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, anna, "MEMBER");
        LocalDate first = LocalDate.now(Rooms.BERLIN).plusDays(7);
        String room = Rooms.create(network, Rooms.schedule(first, "10:00", 90, "FREQ=WEEKLY;BYDAY=" + Rooms.weekday(first)));
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("cancelled", true, "cancellationReason", "Weihnachtspause"))
                .put("/api/v1/online-rooms/" + room + "/sessions/" + first).then().statusCode(200);
        String event = Events.create(network, Events.event("Replay-Treffen", 12, 10));
        String registration = as(anna.token()).contentType(ContentType.JSON).body(Map.of("note", "vegetarisch bitte"))
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
        Map<String, Object> draft = Events.event("Entwurf", 30, 10);
        draft.put("status", "DRAFT");
        String draftId = Events.create(network, draft);
        String networkEtag = as(Tokens.admin()).get("/api/v1/networks/" + network).header("ETag");
        as(Tokens.admin()).header("If-Match", networkEtag).contentType(ContentType.JSON)
                .body(Map.of("name", "Replay umbenannt", "region", "NRW", "eligibility", "Klimaschutzmanagement",
                        "organizer", Map.of("name", "Kommunal Agentur NRW", "contactEmail", "netzwerk@kommunalagentur-nrw.example.org")))
                .put("/api/v1/networks/" + network).then().statusCode(200);

        Map<String, JsonNode> networks = new HashMap<>();
        Map<String, JsonNode> events = new HashMap<>();
        Map<String, JsonNode> rooms = new HashMap<>();
        Map<String, JsonNode> sessions = new HashMap<>();
        Map<String, JsonNode> registrations = new HashMap<>();
        StringBuilder everything = new StringBuilder();
        for (JsonNode change : readAll(Tokens.integration(), null)) {
            everything.append(change).append('\n');
            JsonNode data = change.get("data");
            String type = change.get("type").asText();
            String resource = change.get("resourceId").asText();
            switch (type.substring(0, type.indexOf('.'))) {
                case "network" -> upsert(networks, resource, data);
                case "event" -> {
                    if (type.equals("event.deleted")) {
                        events.remove(resource);
                    } else {
                        upsert(events, resource, data);
                    }
                }
                case "room" -> {
                    if (type.equals("room.deleted")) {
                        rooms.remove(resource);
                    } else {
                        upsert(rooms, resource, data);
                    }
                }
                case "session" -> upsert(sessions, resource + "/" + data.get("date").asText(), data);
                case "registration" -> upsert(registrations, resource, data);
                default -> { }
            }
        }

        assertEquals("Replay umbenannt", networks.get(network).at("/network/name").asText());
        Response listed = as(Tokens.integration()).queryParam("size", 100).get("/api/v1/networks/" + network + "/events");
        List<String> upcoming = listed.path("items.id");
        assertTrue(upcoming.contains(event));
        assertEquals(listed.path("items.find { it.id == '" + event + "' }.title"), events.get(event).at("/event/title").asText());
        assertFalse(events.containsKey(draftId), "a draft is not in the feed for integrations");
        assertEquals(as(Tokens.integration()).get("/api/v1/online-rooms/" + room).path("title"), rooms.get(room).get("title").asText());
        assertEquals("CANCELLED", sessions.get(room + "/" + first).get("status").asText());
        assertEquals("Weihnachtspause", sessions.get(room + "/" + first).get("cancellationReason").asText());
        assertEquals("CONFIRMED", registrations.get(registration).get("status").asText());
        assertEquals(1, registrations.get(registration).get("confirmed").asInt());

        String feed = everything.toString();
        for (String personal : List.of(anna.email(), coordinator.email(), "vegetarisch", "anna-", "koordination-")) {
            assertFalse(feed.contains(personal), "the feed names no person and no note: " + personal);
        }
    }

    @Test
    void theCursorMovesOnlyForwardAndFiltersNarrowTheFeed() throws Exception {
        Response start = as(Tokens.integration()).queryParam("limit", 1).get("/api/v1/changes");
        start.then().statusCode(200).header("Link", containsString("rel=\"next\"")).header("Cache-Control", "no-store");
        String network = People.newNetwork("Filter");
        String tail = drain(Tokens.integration(), Map.of("networkId", network));
        Events.create(network, Events.event("Gefiltert", 15, 5));
        List<JsonNode> fresh = read(Tokens.integration(), Map.of("after", tail, "networkId", network, "types", "event.created"));
        assertEquals(1, fresh.size());
        assertEquals("event.created", fresh.get(0).get("type").asText());
        Response nothing = as(Tokens.integration()).queryParam("after", tail).queryParam("networkId", network)
                .queryParam("types", "room.created").get("/api/v1/changes");
        nothing.then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/changes").then().statusCode(200);
        as(Tokens.integration()).queryParam("after", "nicht-unser-cursor").get("/api/v1/changes").then().statusCode(400);
        as(Tokens.integration()).queryParam("types", "event.exploded").get("/api/v1/changes").then().statusCode(400);
        as(Tokens.integration()).queryParam("limit", 501).get("/api/v1/changes").then().statusCode(400);
        as(Tokens.integration()).queryParam("networkId", "kaputt").get("/api/v1/changes").then().statusCode(400);
        as(Tokens.member()).get("/api/v1/changes").then().statusCode(403);
        anonymous().get("/api/v1/changes").then().statusCode(401);
    }

    private static void upsert(Map<String, JsonNode> state, String key, JsonNode data) {
        JsonNode held = state.get(key);
        if (held == null || data.get("version").asLong() >= held.get("version").asLong()) {
            state.put(key, data);
        }
    }

    static List<JsonNode> readAll(String token, String networkId) throws Exception {
        Map<String, String> query = new HashMap<>();
        if (networkId != null) {
            query.put("networkId", networkId);
        }
        List<JsonNode> all = new ArrayList<>();
        while (true) {
            query.put("limit", "500");
            Response page = as(token).queryParams(query).get("/api/v1/changes");
            page.then().statusCode(200);
            JsonNode body = JSON.readTree(page.asString());
            body.get("items").forEach(all::add);
            if (body.get("items").isEmpty()) {
                return all;
            }
            query.put("after", body.get("next").asText());
        }
    }

    private static String drain(String token, Map<String, String> filter) throws Exception {
        Map<String, String> query = new HashMap<>(filter);
        while (true) {
            JsonNode body = JSON.readTree(as(token).queryParams(query).queryParam("limit", 500).get("/api/v1/changes").asString());
            query.put("after", body.get("next").asText());
            if (body.get("items").isEmpty()) {
                return body.get("next").asText();
            }
        }
    }

    private static List<JsonNode> read(String token, Map<String, String> query) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(as(token).queryParams(query).get("/api/v1/changes").then().statusCode(200).extract().asString())
                .get("items").forEach(items::add);
        return items;
    }
}
