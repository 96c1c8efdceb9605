package de.klimanetz.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventTest extends ApiTest {

    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    @Test
    void aCoordinatorPublishesAnEventWithItsAgendaAndMembersSeeIt() {
        String network = People.newNetwork("Präsenz");
        Person coordinator = People.newMember("koordination");
        Person host = People.newMember("gastgeberin");
        Person member = People.newMember("mitglied");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, host, "MEMBER");
        People.join(network, member, "MEMBER");
        Map<String, Object> input = Events.event("Präsenztreffen", 30, 30);
        input.put("hostParticipantId", host.id());
        Response created = as(coordinator.token()).contentType(ContentType.JSON).body(input).post("/api/v1/networks/" + network + "/events");
        created.then().statusCode(201).header("Location", containsString("/api/v1/events/")).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PUBLISHED"))
                .body("seatsLeft", equalTo(30))
                .body("registrationOpen", equalTo(true))
                .body("agenda.title", contains("Begrüßung", "Exkursion zum Solarpark"))
                .body("agenda[1].seatsLeft", equalTo(1))
                .body("agenda[0].seatsLeft", nullValue())
                .body("host.participant.id", equalTo(host.id()))
                .body("venue.city", equalTo("Unna"));
        String event = created.path("id");

        Map<String, Object> draft = Events.event("Entwurf", 40, null);
        draft.put("status", "DRAFT");
        String draftId = Events.create(network, draft);
        as(member.token()).get("/api/v1/networks/" + network + "/events").then().statusCode(200)
                .body("items.id", contains(event));
        as(coordinator.token()).get("/api/v1/networks/" + network + "/events").then().statusCode(200)
                .body("items.id", contains(event, draftId));
        as(member.token()).get("/api/v1/events/" + draftId).then().statusCode(404);
        as(member.token()).get("/api/v1/events/" + event).then().statusCode(200).header("ETag", equalTo("\"0\""));
        as(Tokens.integration()).get("/api/v1/events/" + event).then().statusCode(200).body("confirmed", equalTo(0));
        as(member.token()).queryParam("when", "past").get("/api/v1/networks/" + network + "/events").then().statusCode(200)
                .body("items", hasSize(0));
        as(member.token()).queryParam("when", "gestern").get("/api/v1/networks/" + network + "/events").then().statusCode(400)
                .body("violations[0].field", equalTo("when"));
        as(member.token()).get("/api/v1/networks/" + UNKNOWN + "/events").then().statusCode(404);
        as(member.token()).get("/api/v1/events/kaputt").then().statusCode(400);
        as(member.token()).get("/api/v1/events/" + UNKNOWN).then().statusCode(404);
    }

    @Test
    void invalidEventsAreRefusedField_byField() {
        String network = People.newNetwork("Ungültige Veranstaltung");
        Person stranger = People.newMember("fremd");
        String path = "/api/v1/networks/" + network + "/events";
        Map<String, Object> input = Events.event("X", 10, 5);
        input.put("endsAt", input.get("startsAt"));
        input.put("hostParticipantId", stranger.id());
        input.put("hostMunicipalityId", UNKNOWN);
        as(Tokens.admin()).contentType(ContentType.JSON).body(input).post(path).then().statusCode(400)
                .body("violations.field", hasItem("endsAt"))
                .body("violations.field", hasItem("hostParticipantId"))
                .body("violations.field", hasItem("hostMunicipalityId"))
                .body("violations.field", hasItem("agenda[1].startsAt"));
        Map<String, Object> badVenue = Events.event("X", 10, 5);
        badVenue.put("venue", Map.of("name", "", "city", "Unna", "postalCode", "594"));
        as(Tokens.admin()).contentType(ContentType.JSON).body(badVenue).post(path).then().statusCode(400)
                .body("violations.field", hasItem("venue.name"))
                .body("violations.field", hasItem("venue.postalCode"));
        as(Tokens.admin()).contentType(ContentType.TEXT).body("x").post(path).then().statusCode(415);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Events.event("X", 10, 5))
                .post("/api/v1/networks/" + UNKNOWN + "/events").then().statusCode(404);
        as(Tokens.admin()).get(path).then().body("totalItems", equalTo(0));
    }

    @Test
    void updatesRespectConfirmedSeatsAndRaisedCapacityConfirmsTheWaitlist() {
        String network = People.newNetwork("Kapazität");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        Map<String, Object> input = Events.event("Klein", 10, 1);
        String event = Events.create(network, input);
        String path = "/api/v1/events/" + event;
        as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post(path + "/registrations").then().statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        as(bert.token()).contentType(ContentType.JSON).body(Map.of()).post(path + "/registrations").then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

        String etag = as(Tokens.admin()).get(path).header("ETag");
        input.put("capacity", 2);
        as(Tokens.admin()).contentType(ContentType.JSON).body(input).put(path).then().statusCode(428);
        as(Tokens.admin()).header("If-Match", "\"9\"").contentType(ContentType.JSON).body(input).put(path).then().statusCode(412);
        as(Tokens.admin()).header("If-Match", etag).contentType(ContentType.TEXT).body("x").put(path).then().statusCode(415);
        as(bert.token()).header("If-Match", etag).contentType(ContentType.JSON).body(input).put(path).then().statusCode(403);
        Response raised = as(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON).body(input).put(path);
        raised.then().statusCode(200).body("confirmed", equalTo(2)).body("waitlisted", equalTo(0)).body("seatsLeft", equalTo(0));
        as(bert.token()).get(path + "/registrations/me").then().statusCode(200).body("status", equalTo("CONFIRMED"));

        input.put("capacity", 1);
        as(Tokens.admin()).header("If-Match", raised.header("ETag")).contentType(ContentType.JSON).body(input).put(path)
                .then().statusCode(409).body("detail", containsString("2"));
        input.put("capacity", 2);
        input.put("status", "DRAFT");
        as(Tokens.admin()).header("If-Match", raised.header("ETag")).contentType(ContentType.JSON).body(input).put(path).then().statusCode(409);
        input.put("status", "PUBLISHED");
        input.put("title", "");
        as(Tokens.admin()).header("If-Match", raised.header("ETag")).contentType(ContentType.JSON).body(input).put(path).then().statusCode(400);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Events.event("X", 3, 1))
                .put("/api/v1/events/" + UNKNOWN).then().statusCode(404);

        // Reordering the agenda keeps the items (and their ids).
        Response current = as(Tokens.admin()).get(path);
        List<Map<String, Object>> agenda = current.path("agenda");
        Map<String, Object> reordered = Events.event("Klein", 10, 2);
        reordered.put("startsAt", current.path("startsAt"));
        reordered.put("endsAt", current.path("endsAt"));
        reordered.put("agenda", List.of(withId(agenda.get(1)), withId(agenda.get(0))));
        as(Tokens.admin()).header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(reordered).put(path)
                .then().statusCode(200)
                .body("agenda.id", contains(agenda.get(1).get("id"), agenda.get(0).get("id")));
    }

    private static Map<String, Object> withId(Map<String, Object> item) {
        Map<String, Object> input = new java.util.LinkedHashMap<>();
        for (String key : List.of("id", "startsAt", "endsAt", "title", "kind", "signUpRequired", "capacity")) {
            input.put(key, item.get(key));
        }
        return input;
    }

    @Test
    void deletingADraftRemovesItAndCancellingKeepsTheRegistrationsReadable() {
        String network = People.newNetwork("Absagen");
        Person member = People.newMember("mitglied");
        People.join(network, member, "MEMBER");
        Map<String, Object> draft = Events.event("Entwurf", 10, 5);
        draft.put("status", "DRAFT");
        String draftId = Events.create(network, draft);
        as(member.token()).delete("/api/v1/events/" + draftId).then().statusCode(403);
        as(Tokens.admin()).delete("/api/v1/events/" + draftId).then().statusCode(204);
        as(Tokens.admin()).get("/api/v1/events/" + draftId).then().statusCode(404);

        String event = Events.create(network, Events.event("Absage", 10, 5));
        String registration = as(member.token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).delete("/api/v1/events/" + event).then().statusCode(204);
        as(Tokens.admin()).delete("/api/v1/events/" + event).then().statusCode(409);
        as(member.token()).get("/api/v1/events/" + event).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("registrationOpen", equalTo(false));
        as(Tokens.admin()).get("/api/v1/events/" + event + "/registrations").then().statusCode(200)
                .body("items[0].id", equalTo(registration)).body("items[0].status", equalTo("CANCELLED"));
        as(member.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(409).body("detail", containsString("abgesagt"));
        as(Tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Events.event("X", 10, 5))
                .put("/api/v1/events/" + event).then().statusCode(409);
        as(Tokens.admin()).delete("/api/v1/events/kaputt").then().statusCode(400);
        as(Tokens.admin()).delete("/api/v1/events/" + UNKNOWN).then().statusCode(404);
        as(member.token()).get("/api/v1/networks/" + network + "/events").then().body("items.status", not(hasItem("DRAFT")));
    }
}
