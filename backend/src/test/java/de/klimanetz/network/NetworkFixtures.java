package de.klimanetz.network;

import static io.restassured.RestAssured.given;

import de.klimanetz.support.Tokens;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

final class NetworkFixtures {

    private NetworkFixtures() {
    }

    static Map<String, Object> validInput(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Austausch der Klimaschutzmanagerinnen und -manager.");
        body.put("region", "Münsterland");
        body.put("organizer", Map.of("name", "Kommunal Agentur NRW", "contactEmail", "netzwerk@kommunalagentur-nrw.example.org"));
        body.put("eligibility", "Klimaschutzmanagerinnen und -manager der Kommunen im Münsterland.");
        return body;
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a network as admin and returns its id. */
    static String create(String name) {
        return given().auth().oauth2(Tokens.admin())
                .contentType(ContentType.JSON).body(validInput(name))
                .post("/api/v1/networks")
                .then().statusCode(201)
                .extract().path("id");
    }
}
