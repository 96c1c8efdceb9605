package de.klimanetz.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** Test people and networks created through the API, as a coordinator would set them up. */
public final class People {

    private People() {
    }

    public record Person(String token, String id, String email) {
    }

    /** A new signed-in member (realm role member) with a profile; the e-mail is verified. */
    public static Person newMember(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.user(username, "member");
        String id = RestAssured.given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
        return new Person(token, id, username + "@klimanetz.example");
    }

    public static String newNetwork(String name) {
        return RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6), "region", "NRW",
                        "eligibility", "Klimaschutzmanagement",
                        "organizer", Map.of("name", "Kommunal Agentur NRW", "contactEmail", "netzwerk@kommunalagentur-nrw.example.org")))
                .post("/api/v1/networks").then().statusCode(201).extract().path("id");
    }

    /** Adds as admin; returns the membership's ETag. */
    public static String join(String networkId, Person person, String role) {
        return RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("participantId", person.id(), "role", role))
                .post("/api/v1/networks/" + networkId + "/members").then().statusCode(201).extract().header("ETag");
    }
}
