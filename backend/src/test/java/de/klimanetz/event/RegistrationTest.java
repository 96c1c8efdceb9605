package de.klimanetz.event;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationTest extends ApiTest {

    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    @Test
    void theWaitlistIsFirstComeFirstServedAndMovesUpWhenASeatFrees() {
        String network = People.newNetwork("Warteliste");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        Person cara = People.newMember("cara");
        Person outsider = People.newMember("fremd");
        for (Person person : List.of(anna, bert, cara)) {
            People.join(network, person, "MEMBER");
        }
        String event = Events.create(network, Events.event("Eng", 10, 1));
        String registrations = "/api/v1/events/" + event + "/registrations";

        as(anna.token()).get(registrations + "/me").then().statusCode(404);
        String annas = as(anna.token()).contentType(ContentType.JSON).body(Map.of("dietaryNeeds", "vegetarisch"))
                .post(registrations).then().statusCode(201).header("Location", containsString(registrations + "/"))
                .body("status", equalTo("CONFIRMED")).extract().path("id");
        as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(200)
                .body("id", equalTo(annas)).body("dietaryNeeds", equalTo("vegetarisch"));
        as(bert.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        as(cara.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(201)
                .body("waitlistPosition", equalTo(2));
        as(cara.token()).get("/api/v1/events/" + event).then().body("myRegistration.waitlistPosition", equalTo(2))
                .body("seatsLeft", equalTo(0)).body("waitlisted", equalTo(2));
        as(outsider.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(403);
        as(bert.token()).delete(registrations + "/" + annas).then().statusCode(403);

        as(anna.token()).delete(registrations + "/" + annas).then().statusCode(204);
        as(anna.token()).delete(registrations + "/" + annas).then().statusCode(409);
        as(bert.token()).get(registrations + "/me").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as(cara.token()).get(registrations + "/me").then().statusCode(200).body("waitlistPosition", equalTo(1));
        as(Tokens.admin()).get(registrations).then().statusCode(200)
                .body("items.status", contains("CONFIRMED", "WAITLISTED", "CANCELLED"));
        as(Tokens.admin()).queryParam("status", "WAITLISTED").get(registrations).then().statusCode(200)
                .body("totalItems", equalTo(1));
        as(Tokens.admin()).queryParam("status", "VIELLEICHT").get(registrations).then().statusCode(400);
        as(bert.token()).get(registrations).then().statusCode(403);
        as(Tokens.admin()).delete(registrations + "/kaputt").then().statusCode(400);
        as(Tokens.admin()).delete(registrations + "/" + UNKNOWN).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/events/kaputt/registrations").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/events/" + UNKNOWN + "/registrations").then().statusCode(404);
        as(anna.token()).get("/api/v1/events/kaputt/registrations/me").then().statusCode(400);
        // Anna comes back: a new registration at the end of the line.
        as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations).then().statusCode(201)
                .body("waitlistPosition", equalTo(2));
    }

    @Test
    void registeringOutsideTheWindowOrForADraftIsAClearConflict() {
        String network = People.newNetwork("Fenster");
        Person member = People.newMember("mitglied");
        People.join(network, member, "MEMBER");
        Map<String, Object> later = Events.event("Später", 30, 10);
        later.put("registrationOpensAt", OffsetDateTime.now().plusDays(5).toString());
        String notYet = Events.create(network, later);
        as(member.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + notYet + "/registrations")
                .then().statusCode(409).body("detail", containsString("öffnet erst"));
        Map<String, Object> closed = Events.event("Vorbei", 30, 10);
        closed.put("registrationOpensAt", OffsetDateTime.now().minusDays(5).toString());
        closed.put("registrationClosesAt", OffsetDateTime.now().minusDays(1).toString());
        String over = Events.create(network, closed);
        as(member.token()).header("Accept-Language", "en").contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/events/" + over + "/registrations").then().statusCode(409).body("detail", containsString("ended"));
        Map<String, Object> draft = Events.event("Entwurf", 30, 10);
        draft.put("status", "DRAFT");
        String draftId = Events.create(network, draft);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("participantId", member.id()))
                .post("/api/v1/events/" + draftId + "/registrations").then().statusCode(409);
        as(member.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + draftId + "/registrations")
                .then().statusCode(404);
        as(member.token()).contentType(ContentType.TEXT).body("x").post("/api/v1/events/" + over + "/registrations").then().statusCode(415);
        as(member.token()).contentType(ContentType.JSON).body(Map.of("agendaItemIds", List.of(UNKNOWN)))
                .post("/api/v1/events/kaputt/registrations").then().statusCode(400);
    }

    @Test
    void theExcursionHasItsOwnSeatsAndWaitlist() {
        String network = People.newNetwork("Exkursion");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        Person cara = People.newMember("cara");
        for (Person person : List.of(anna, bert, cara)) {
            People.join(network, person, "MEMBER");
        }
        String event = Events.create(network, Events.event("Mit Exkursion", 10, 10));
        String registrations = "/api/v1/events/" + event + "/registrations";
        List<String> items = as(anna.token()).get("/api/v1/events/" + event).path("agenda.id");
        String welcome = items.get(0);
        String excursion = items.get(1);

        as(anna.token()).contentType(ContentType.JSON).body(Map.of("agendaItemIds", List.of(welcome)))
                .post(registrations).then().statusCode(400).body("violations[0].field", equalTo("agendaItemIds[0]"));
        Response annas = as(anna.token()).contentType(ContentType.JSON).body(Map.of("agendaItemIds", List.of(excursion))).post(registrations);
        annas.then().statusCode(201).body("agendaSignUps[0].status", equalTo("CONFIRMED"));
        Response berts = as(bert.token()).contentType(ContentType.JSON).body(Map.of("agendaItemIds", List.of(excursion))).post(registrations);
        berts.then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .body("agendaSignUps[0].status", equalTo("WAITLISTED")).body("agendaSignUps[0].waitlistPosition", equalTo(1));

        String path = registrations + "/" + annas.path("id");
        Map<String, Object> update = new HashMap<>();
        update.put("note", "Komme ohne Exkursion");
        update.put("agendaItemIds", List.of());
        as(anna.token()).contentType(ContentType.JSON).body(update).put(path).then().statusCode(428);
        as(anna.token()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(update).put(path).then().statusCode(412);
        as(anna.token()).header("If-Match", annas.path("etag")).contentType(ContentType.TEXT).body("x").put(path).then().statusCode(415);
        as(cara.token()).header("If-Match", annas.path("etag")).contentType(ContentType.JSON).body(update).put(path).then().statusCode(403);
        as(anna.token()).header("If-Match", annas.path("etag")).contentType(ContentType.JSON).body(Map.of("agendaItemIds", List.of(welcome)))
                .put(path).then().statusCode(400);
        as(anna.token()).header("If-Match", annas.path("etag")).contentType(ContentType.JSON).body(update).put(path).then().statusCode(200)
                .body("note", equalTo("Komme ohne Exkursion")).body("agendaSignUps.size()", equalTo(0));
        as(bert.token()).get(registrations + "/me").then().body("agendaSignUps[0].status", equalTo("CONFIRMED"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(update)
                .put(registrations + "/" + UNKNOWN).then().statusCode(404);

        as(Tokens.admin()).delete(path).then().statusCode(204);
        as(anna.token()).header("If-Match", "\"9\"").contentType(ContentType.JSON).body(update).put(path).then().statusCode(412);
        String cancelledEtag = as(Tokens.admin()).queryParam("status", "CANCELLED").get(registrations).path("items[0].etag");
        as(anna.token()).header("If-Match", cancelledEtag).contentType(ContentType.JSON).body(update).put(path).then().statusCode(409);
    }

    @Test
    void coordinatorsExportCsvAndTheSignInSheetAndTheHostSeesTheList() throws Exception {
        String network = People.newNetwork("Export");
        Person host = People.newMember("gastgeberin");
        Person member = People.newMember("mitglied");
        People.join(network, host, "MEMBER");
        People.join(network, member, "MEMBER");
        Map<String, Object> input = Events.event("Präsenztreffen Kreishaus Unna", 10, 10);
        input.put("hostParticipantId", host.id());
        String event = Events.create(network, input);
        String registrations = "/api/v1/events/" + event + "/registrations";
        as(member.token()).contentType(ContentType.JSON).body(Map.of("note", "=HYPERLINK(\"x\")", "dietaryNeeds", "vegan"))
                .post(registrations).then().statusCode(201);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("participantId", host.id())).post(registrations).then().statusCode(201);
        Person stranger = People.newMember("fremd");
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("participantId", stranger.id())).post(registrations)
                .then().statusCode(400).body("violations[0].field", equalTo("participantId"));

        as(host.token()).get(registrations).then().statusCode(200).body("totalItems", equalTo(2));
        byte[] csv = as(Tokens.admin()).accept("text/csv").get(registrations).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("anmeldungen-praesenztreffen-kreishaus-unna.csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFName;Kommune;Status;Wartelistenplatz;Angemeldet am;Anmerkung;Barrierefreiheit;Verpflegung;Programmpunkte\r\n"));
        assertTrue(text.contains(";Bestätigt;"), text);
        assertTrue(text.contains("'=HYPERLINK"), "formulas are defused: " + text);

        byte[] pdf = as(Tokens.admin()).get("/api/v1/events/" + event + "/sign-in-sheet.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(842, Math.round(document.getPage(0).getMediaBox().getHeight()), "A4");
            String sheet = new PDFTextStripper().getText(document);
            assertTrue(sheet.contains("Teilnahmeliste"), sheet);
            assertTrue(sheet.contains("Präsenztreffen Kreishaus Unna"), sheet);
            assertTrue(sheet.contains("Unterschrift"), sheet);
            assertTrue(sheet.contains("Kreishaus Unna, Friedrich-Ebert-Straße 17, 59425 Unna"), sheet);
        }
        as(host.token()).get("/api/v1/events/" + event + "/sign-in-sheet.pdf").then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/events/kaputt/sign-in-sheet.pdf").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/events/" + UNKNOWN + "/sign-in-sheet.pdf").then().statusCode(404);
    }

    @Test
    void attendanceIsMarkedForConfirmedRegistrationsOnceTheEventHasBegun() {
        String network = People.newNetwork("Teilnahme");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        Map<String, Object> input = Events.event("Heute", 1, 1);
        String event = Events.create(network, input);
        String registrations = "/api/v1/events/" + event + "/registrations";
        Response annas = as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations);
        Response berts = as(bert.token()).contentType(ContentType.JSON).body(Map.of()).post(registrations);
        String annaPath = registrations + "/" + annas.path("id") + "/attendance";
        as(Tokens.admin()).header("If-Match", annas.path("etag")).contentType(ContentType.JSON).body(Map.of("status", "ATTENDED"))
                .put(annaPath).then().statusCode(409);

        // The event is moved to have begun an hour ago.
        OffsetDateTime start = OffsetDateTime.now().minusHours(1);
        input.put("startsAt", start.toString());
        input.put("endsAt", start.plusHours(6).toString());
        input.put("agenda", List.of());
        String etag = as(Tokens.admin()).get("/api/v1/events/" + event).header("ETag");
        as(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON).body(input).put("/api/v1/events/" + event)
                .then().statusCode(200);

        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("status", "ATTENDED")).put(annaPath).then().statusCode(428);
        as(Tokens.admin()).header("If-Match", "\"9\"").contentType(ContentType.JSON).body(Map.of("status", "ATTENDED")).put(annaPath)
                .then().statusCode(412);
        as(Tokens.admin()).header("If-Match", annas.path("etag")).contentType(ContentType.TEXT).body("x").put(annaPath).then().statusCode(415);
        as(Tokens.admin()).header("If-Match", annas.path("etag")).contentType(ContentType.JSON).body(Map.of("status", "MAYBE"))
                .put(annaPath).then().statusCode(400);
        as(anna.token()).header("If-Match", annas.path("etag")).contentType(ContentType.JSON).body(Map.of("status", "ATTENDED"))
                .put(annaPath).then().statusCode(403);
        as(Tokens.admin()).header("If-Match", annas.path("etag")).contentType(ContentType.JSON).body(Map.of("status", "ATTENDED"))
                .put(annaPath).then().statusCode(200).body("status", equalTo("ATTENDED"));
        as(Tokens.admin()).header("If-Match", berts.path("etag")).contentType(ContentType.JSON).body(Map.of("status", "NO_SHOW"))
                .put(registrations + "/" + berts.path("id") + "/attendance").then().statusCode(409);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("status", "NO_SHOW"))
                .put(registrations + "/" + UNKNOWN + "/attendance").then().statusCode(404);
        as(anna.token()).delete(registrations + "/" + annas.path("id")).then().statusCode(409);
        as(Tokens.admin()).queryParam("status", "ATTENDED").get(registrations).then().body("items.participant.id", hasItem(anna.id()));
    }
}
