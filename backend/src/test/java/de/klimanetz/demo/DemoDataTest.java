package de.klimanetz.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With demo data switched on, the seed network of DOMAIN.md is there, and only once. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoDataOn.class)
class DemoDataTest extends ApiTest {

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("klimanetz.demo-data.enabled", "true");
        }
    }

    @Inject
    DemoNetworks demoNetworks;

    @Test
    void theNrwNetworkIsLoadedOnce() {
        as(Tokens.member()).get("/api/v1/networks/" + DemoNetworks.NRW_NETWORK_ID)
                .then().statusCode(200)
                .body("name", equalTo("Netzwerk Klimaschutzmanagement NRW"))
                .body("organizer.name", equalTo("Kommunal Agentur NRW"));
        assertEquals(0, demoNetworks.ensurePresent(), "a second load adds nothing");
    }

    @Inject
    DemoMunicipalities demoMunicipalities;

    @Test
    void demoMemberFindsTheHostByUnnaAndTheOutsiderIsRefused() {
        String members = "/api/v1/networks/" + DemoNetworks.NRW_NETWORK_ID + "/members";
        String demoMember = Tokens.withSubject("5f1d3c52-0a11-4c6e-9a01-000000000004", "demo-member", "member");
        as(demoMember).queryParam("q", "Unna").get(members).then().statusCode(200)
                .body("items.displayName", org.hamcrest.Matchers.hasItem("Gesa Gastgeberin"));
        as(demoMember).get("/api/v1/me").then().body("displayName", equalTo("Mara Mitglied"));
        String outsider = Tokens.withSubject("5f1d3c52-0a11-4c6e-9a01-000000000005", "demo-outsider", "member");
        as(outsider).get(members).then().statusCode(403);
    }

    @Test
    void aboutThirtyNrwMunicipalitiesWithTheirKreise() {
        as(Tokens.member()).queryParam("size", 100).get("/api/v1/municipalities")
                .then().statusCode(200).body("totalItems", equalTo(DemoMunicipalities.NRW.size()));
        as(Tokens.member()).queryParam("q", "Unna").queryParam("kind", "STADT").get("/api/v1/municipalities")
                .then().body("items[0].officialKey", equalTo("05978036"))
                .body("items[0].parent.name", equalTo("Kreis Unna"));
        assertEquals(0, demoMunicipalities.ensurePresent(), "a second load adds nothing");
    }

    /** The keys of the Gemeindeverzeichnis (MietNEinV annex, BGBl. I 2021, 3739) that were wrong before. */
    @Test
    void theEnnepeRuhrKeysAreThoseOfTheGemeindeverzeichnis() {
        for (var expected : Map.of("Hattingen", "05954016", "Schwelm", "05954024", "Witten", "05954036").entrySet()) {
            as(Tokens.member()).queryParam("q", expected.getKey()).get("/api/v1/municipalities").then().statusCode(200)
                    .body("items[0].officialKey", equalTo(expected.getValue()))
                    .body("items[0].parent.officialKey", equalTo("05954"));
        }
    }

    @Inject
    DemoDirectory demoDirectory;

    @Test
    void theNetworkHasThirtyMembersWithProfilesConceptsAndAYearOfAttendance() {
        String demoMember = Tokens.withSubject("5f1d3c52-0a11-4c6e-9a01-000000000004", "demo-member", "member");
        String network = "/api/v1/networks/" + DemoNetworks.NRW_NETWORK_ID;
        as(demoMember).queryParam("size", 100).get(network + "/members").then().statusCode(200)
                .body("totalItems", equalTo(30))
                .body("items.findAll { it.municipality != null }.size()", equalTo(29))
                .body("items.findAll { it.topics.size() > 0 }.size()", equalTo(30))
                .body("items.displayName", org.hamcrest.Matchers.hasItems("Jana Brinkmann", "Birgit Voß", "Laura Wessels"));
        as(demoMember).get(network + "/stats").then().statusCode(200)
                .body("members", equalTo(30))
                .body("newInOffice", equalTo(4));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        as(Tokens.integration()).queryParam("from", today.minusYears(1).plusDays(1).toString())
                .queryParam("to", today.toString())
                .get(network + "/attendance-report").then().statusCode(200)
                .body("rows.size()", equalTo(30))
                .body("rows.find { it.participant.displayName == 'Ines Wiegand' }.present",
                        org.hamcrest.Matchers.greaterThan(15));
        assertEquals(0, demoDirectory.ensurePresent(), "a second load adds nothing");
    }

    @Inject
    DemoOnlineRoom demoOnlineRoom;

    @Test
    void theBiweeklyRoomHasAYearOfSessionsWithMinutesAndAttendance() {
        String demoMember = Tokens.withSubject("5f1d3c52-0a11-4c6e-9a01-000000000004", "demo-member", "member");
        String room = "/api/v1/online-rooms/" + DemoOnlineRoom.ROOM_ID;
        as(demoMember).get(room).then().statusCode(200)
                .body("schedule.rrule", equalTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"))
                .body("joinUrl", equalTo("https://meet.kommunal-agentur.example/klimanetz-nrw"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        as(demoMember).queryParam("from", today.minusYears(1).toString()).queryParam("to", today.toString())
                .get(room + "/sessions").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(25))
                // every past session has published minutes but the latest, which is still to be written
                .body("items.findAll { it.minutesPublished }.size()", equalTo(
                        (int) pastSessions(demoMember, room, today.minusYears(1), today) - 1));
        as(demoMember).get("/api/v1/me/upcoming").then().statusCode(200)
                .body("items[0].roomTitle", equalTo("Online-Austausch Klimaschutzmanagement NRW"));
        as(Tokens.integration()).queryParam("from", today.minusYears(1).plusDays(1).toString()).queryParam("to", today.toString())
                .get("/api/v1/networks/" + DemoNetworks.NRW_NETWORK_ID + "/attendance-report").then().statusCode(200)
                .body("rows.participant.displayName", org.hamcrest.Matchers.hasItems("Gesa Gastgeberin", "Konrad Koordinator", "Mara Mitglied"));
        assertEquals(0, demoOnlineRoom.ensurePresent(), "a second load adds nothing");
    }

    @Inject
    DemoEvent demoEvent;

    @Test
    void theOnSiteMeetingInTheKreishausUnnaHasItsAgendaAndExcursion() {
        String demoMember = Tokens.withSubject("5f1d3c52-0a11-4c6e-9a01-000000000004", "demo-member", "member");
        as(demoMember).get("/api/v1/events/" + DemoEvent.EVENT_ID).then().statusCode(200)
                .body("venue.name", equalTo("Kreishaus Unna"))
                .body("host.participant.displayName", equalTo("Gesa Gastgeberin"))
                .body("confirmed", equalTo(2 + (int) DemoDirectory.MEMBERS.stream().filter(DemoDirectory.Member::registered).count()))
                .body("seatsLeft", equalTo(13))
                .body("registrationOpen", equalTo(true))
                .body("agenda.kind", org.hamcrest.Matchers.hasItems("WELCOME", "TALK", "EXCHANGE", "EXCURSION"))
                .body("agenda.find { it.kind == 'EXCURSION' }.seatsLeft", equalTo(12));
        as(demoMember).get("/api/v1/networks/" + DemoNetworks.NRW_NETWORK_ID + "/events").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("Präsenztreffen im Kreishaus Unna"));
        assertEquals(0, demoEvent.ensurePresent(), "a second load adds nothing");
    }

    /** Sessions of the demo room in the range that have ended and were not cancelled. */
    private long pastSessions(String token, String room, LocalDate from, LocalDate to) {
        List<Map<String, Object>> items = as(token).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get(room + "/sessions").then().extract().path("items");
        return items.stream()
                .filter(item -> !"CANCELLED".equals(item.get("status")))
                .filter(item -> OffsetDateTime.parse((String) item.get("endsAt")).isBefore(OffsetDateTime.now()))
                .count();
    }
}
