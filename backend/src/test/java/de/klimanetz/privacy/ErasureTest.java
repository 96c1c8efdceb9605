package de.klimanetz.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest extends ApiTest {

    @Test
    void erasureClearsTheProfileEndsMembershipsAndKeepsCountsRight() {
        String network = People.newNetwork("Löschung");
        Person leaving = People.newMember("loeschen");
        Person staying = People.newMember("bleiben");
        People.join(network, leaving, "MEMBER");
        People.join(network, staying, "MEMBER");
        as(staying.token()).get("/api/v1/me/export").then().statusCode(200)
                .body("profile.id", equalTo(staying.id())).body("memberships.size()", equalTo(1));

        as(leaving.token()).delete("/api/v1/me").then().statusCode(204);

        as(staying.token()).get("/api/v1/networks/" + network + "/stats").then().body("members", equalTo(1));
        as(staying.token()).get("/api/v1/networks/" + network + "/members").then().body("totalItems", equalTo(1));
        as(staying.token()).get("/api/v1/participants/" + leaving.id()).then().statusCode(403);
        as(de.klimanetz.support.Tokens.admin()).get("/api/v1/participants/" + leaving.id()).then().statusCode(200)
                .body("displayName", equalTo("gelöschte Person")).body("jobTitle", nullValue());
        // Signing in again starts a new, empty profile.
        as(leaving.token()).get("/api/v1/me").then().statusCode(200).body("id", not(equalTo(leaving.id())));
        as(leaving.token()).get("/api/v1/me/memberships?page=x").then().statusCode(400);
        as(leaving.token()).get("/api/v1/me/memberships").then().body("totalItems", equalTo(0));
    }

    @Test
    void erasureClearsRegistrationNeedsAndGivesFutureSeatsToTheNextInLine() {
        String network = People.newNetwork("Löschung Treffen");
        Person leaving = People.newMember("loeschen");
        Person waiting = People.newMember("warten");
        People.join(network, leaving, "MEMBER");
        People.join(network, waiting, "MEMBER");
        String event = de.klimanetz.support.Events.create(network, de.klimanetz.support.Events.event("Ein Platz", 10, 1));
        String registrations = "/api/v1/events/" + event + "/registrations";
        as(leaving.token()).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("accessibilityNeeds", "Rollstuhlplatz", "dietaryNeeds", "glutenfrei")).post(registrations)
                .then().statusCode(201).body("status", equalTo("CONFIRMED"));
        as(leaving.token()).get("/api/v1/me/export").then().statusCode(200)
                .body("eventRegistrations[0].accessibilityNeeds", equalTo("Rollstuhlplatz"))
                .body("eventRegistrations[0].eventTitle", equalTo("Ein Platz"));
        as(waiting.token()).contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of()).post(registrations)
                .then().statusCode(201).body("status", equalTo("WAITLISTED"));

        as(leaving.token()).delete("/api/v1/me").then().statusCode(204);

        as(waiting.token()).get(registrations + "/me").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as(de.klimanetz.support.Tokens.admin()).queryParam("status", "CANCELLED").get(registrations).then().statusCode(200)
                .body("items[0].participant.displayName", equalTo("gelöschte Person"))
                .body("items[0].accessibilityNeeds", nullValue())
                .body("items[0].dietaryNeeds", nullValue());
    }
}
