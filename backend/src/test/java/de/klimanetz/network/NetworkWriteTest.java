package de.klimanetz.network;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkWriteTest extends ApiTest {

    private static final String NETWORKS = "/api/v1/networks";

    @Test
    void anAdminCreatesANetwork() {
        String name = NetworkFixtures.uniqueName("Netzwerk Münsterland");
        Response created = as(Tokens.admin()).contentType(ContentType.JSON)
                .body(NetworkFixtures.validInput("  " + name + "  "))
                .post(NETWORKS);
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("eligibility", equalTo("Klimaschutzmanagerinnen und -manager der Kommunen im Münsterland."));
        String id = created.path("id");
        created.then().header("Location", endsWith(NETWORKS + "/" + id));

        as(Tokens.member()).get(NETWORKS + "/" + id)
                .then().statusCode(200).body("name", equalTo(name))
                .body("createdAt", equalTo((String) created.path("createdAt")));
    }

    @Test
    void aMissingDescriptionBecomesEmpty() {
        Map<String, Object> body = NetworkFixtures.validInput(NetworkFixtures.uniqueName("Ohne Beschreibung"));
        body.remove("description");
        as(Tokens.admin()).contentType(ContentType.JSON).body(body).post(NETWORKS)
                .then().statusCode(201).body("description", equalTo(""));
    }

    @Test
    void onlyAdminsCreate() {
        long before = totalNetworks();
        for (String token : List.of(Tokens.member(), Tokens.integration(), Tokens.user("nobody-in-particular"))) {
            as(token).contentType(ContentType.JSON).body(NetworkFixtures.validInput("Verboten"))
                    .post(NETWORKS)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://klimanetz.de/problems/forbidden"));
        }
        anonymous().contentType(ContentType.JSON).body(NetworkFixtures.validInput("Verboten")).post(NETWORKS)
                .then().statusCode(401);
        assertEquals(before, totalNetworks());
    }

    @Test
    void invalidFieldsAreListedAndNothingIsCreated() {
        long before = totalNetworks();
        Map<String, Object> body = NetworkFixtures.validInput(" ");
        body.put("region", "x".repeat(201));
        body.put("organizer", Map.of("name", "Agentur", "contactEmail", "keine-adresse"));
        body.remove("eligibility");
        as(Tokens.admin()).contentType(ContentType.JSON).body(body).post(NETWORKS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Ungültige Eingabe"))
                .body("violations.field", containsInAnyOrder("name", "region", "organizer.contactEmail", "eligibility"));
        assertEquals(before, totalNetworks());
    }

    @Test
    void aMissingOrganizerIsNamed() {
        Map<String, Object> body = NetworkFixtures.validInput("Ohne Organisator");
        body.remove("organizer");
        as(Tokens.admin()).contentType(ContentType.JSON).body(body).post(NETWORKS)
                .then().statusCode(400).body("violations.field", hasItem("organizer"));
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAre400() {
        long before = totalNetworks();
        as(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": ").post(NETWORKS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
        as(Tokens.admin()).contentType(ContentType.JSON).body("[1, 2]").post(NETWORKS)
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> wrongType = NetworkFixtures.validInput("Falscher Typ");
        wrongType.put("organizer", "Kommunal Agentur NRW");
        as(Tokens.admin()).contentType(ContentType.JSON).body(wrongType).post(NETWORKS)
                .then().statusCode(400).body("violations[0].field", equalTo("organizer"));
        Map<String, Object> unknown = NetworkFixtures.validInput("Unbekanntes Feld");
        unknown.put("organiser", "Tippfehler");
        as(Tokens.admin()).contentType(ContentType.JSON).body(unknown).post(NETWORKS)
                .then().statusCode(400).body("violations[0].field", equalTo("organiser"));
        as(Tokens.admin()).contentType(ContentType.JSON).post(NETWORKS)
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        assertEquals(before, totalNetworks());
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        as(Tokens.admin()).contentType(ContentType.TEXT).body("name=Netzwerk").post(NETWORKS)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anAdminUpdatesWithTheCurrentEtag() {
        String id = NetworkFixtures.create(NetworkFixtures.uniqueName("Vor der Änderung"));
        String etag = as(Tokens.member()).get(NETWORKS + "/" + id).header("ETag");
        Map<String, Object> change = NetworkFixtures.validInput("Nach der Änderung");
        change.put("region", "Ruhrgebiet");

        Response updated = as(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON).body(change)
                .put(NETWORKS + "/" + id);
        updated.then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("name", equalTo("Nach der Änderung"))
                .body("region", equalTo("Ruhrgebiet"));

        as(Tokens.member()).get(NETWORKS + "/" + id)
                .then().body("region", equalTo("Ruhrgebiet")).header("ETag", equalTo(updated.header("ETag")));
    }

    @Test
    void anUpdateWithoutIfMatchIs428AndAStaleOneIs412() {
        String id = NetworkFixtures.create(NetworkFixtures.uniqueName("Nebenläufig"));
        String etag = as(Tokens.member()).get(NETWORKS + "/" + id).header("ETag");

        as(Tokens.admin()).contentType(ContentType.JSON).body(NetworkFixtures.validInput("Ohne If-Match"))
                .put(NETWORKS + "/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://klimanetz.de/problems/precondition-required"));

        as(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(NetworkFixtures.validInput("Erste Änderung")).put(NETWORKS + "/" + id)
                .then().statusCode(200);
        as(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(NetworkFixtures.validInput("Zweite Änderung auf alter Grundlage")).put(NETWORKS + "/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://klimanetz.de/problems/precondition-failed"));

        as(Tokens.member()).get(NETWORKS + "/" + id).then().body("name", equalTo("Erste Änderung"));
    }

    @Test
    void onlyAdminsUpdate() {
        String id = NetworkFixtures.create(NetworkFixtures.uniqueName("Geschützt"));
        String etag = as(Tokens.member()).get(NETWORKS + "/" + id).header("ETag");
        for (String token : List.of(Tokens.member(), Tokens.integration())) {
            as(token).header("If-Match", etag).contentType(ContentType.JSON).body(NetworkFixtures.validInput("Übernommen"))
                    .put(NETWORKS + "/" + id)
                    .then().statusCode(403);
        }
        anonymous().header("If-Match", etag).contentType(ContentType.JSON).body(NetworkFixtures.validInput("Übernommen"))
                .put(NETWORKS + "/" + id).then().statusCode(401);
        as(Tokens.member()).get(NETWORKS + "/" + id).then().header("ETag", equalTo(etag));
    }

    @Test
    void updatingSomethingThatDoesNotExistOrWithBadInputChangesNothing() {
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(NetworkFixtures.validInput("Fehlt"))
                .put(NETWORKS + "/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12")
                .then().statusCode(404);
        String id = NetworkFixtures.create(NetworkFixtures.uniqueName("Bleibt"));
        Map<String, Object> invalid = NetworkFixtures.validInput("");
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(invalid)
                .put(NETWORKS + "/" + id)
                .then().statusCode(400).body("violations.field", hasItem("name"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.TEXT).body("x")
                .put(NETWORKS + "/" + id)
                .then().statusCode(415);
        as(Tokens.member()).get(NETWORKS + "/" + id).then().header("ETag", equalTo("\"0\""));
    }

    private static long totalNetworks() {
        return ((Number) as(Tokens.member()).get(NETWORKS).path("totalItems")).longValue();
    }
}
