package de.klimanetz.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
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
                .body("items.findAll { it.minutesPublished }.size()", equalTo(4));
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
                .body("confirmed", equalTo(2))
                .body("seatsLeft", equalTo(28))
                .body("registrationOpen", equalTo(true))
                .body("agenda.kind", org.hamcrest.Matchers.hasItems("WELCOME", "TALK", "EXCHANGE", "EXCURSION"))
                .body("agenda.find { it.kind == 'EXCURSION' }.seatsLeft", equalTo(12));
        as(demoMember).get("/api/v1/networks/" + DemoNetworks.NRW_NETWORK_ID + "/events").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("Präsenztreffen im Kreishaus Unna"));
        assertEquals(0, demoEvent.ensurePresent(), "a second load adds nothing");
    }
}
