package de.klimanetz.climateconcept;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClimateConceptTest extends ApiTest {

    private static final AtomicInteger KEYS = new AtomicInteger(100);
    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    private static String newMunicipality() {
        return as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Konzeptkreis", "kind", "KREIS", "officialKey", "12" + KEYS.getAndIncrement(), "federalState", "BB"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
    }

    private static Person memberOf(String municipalityId) {
        Person person = People.newMember("konzept");
        String etag = as(person.token()).get("/api/v1/me").header("ETag");
        as(person.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Klara Konzept", "municipalityId", municipalityId)).put("/api/v1/me")
                .then().statusCode(200);
        return person;
    }

    private static Map<String, Object> concept(String status, String adoptedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("fundingProgramme", "Kommunalrichtlinie (NKI)");
        body.put("fundingReference", "67K12345");
        body.put("adoptedOn", adoptedOn);
        body.put("note", "Vom Rat beschlossen.");
        return body;
    }

    @Test
    void aMunicipalitysMemberRecordsTheConceptAndEveryChangeIsKept() {
        String municipality = newMunicipality();
        Person klara = memberOf(municipality);
        String path = "/api/v1/municipalities/" + municipality + "/climate-concept";

        as(Tokens.member()).get(path).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("NOT_STARTED"))
                .body("updatedAt", nullValue())
                .body("updatedBy", nullValue());
        as(klara.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("IN_PREPARATION", null)).put(path)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("IN_PREPARATION")).body("updatedBy.displayName", equalTo("Klara Konzept"));
        as(klara.token()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(concept("ADOPTED", "2021-06-24")).put(path)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("adoptedOn", equalTo("2021-06-24"));
        as(klara.token()).header("If-Match", "\"2\"").contentType(ContentType.JSON).body(concept("ADOPTED", "2021-06-24")).put(path)
                .then().statusCode(200).header("ETag", equalTo("\"2\""));

        as(Tokens.integration()).get(path + "/history").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].changes.field", contains("status", "adoptedOn"))
                .body("items[0].changes[0].from", equalTo("IN_PREPARATION"))
                .body("items[0].changes[0].to", equalTo("ADOPTED"))
                .body("items[1].changedBy.displayName", equalTo("Klara Konzept"));
        as(klara.token()).get("/api/v1/me/export").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"klimanetz-meine-daten.json\""))
                .body("climateConceptChanges.size()", equalTo(2));
    }

    @Test
    void anAdoptedConceptNeedsItsDateAndBadInputChangesNothing() {
        String municipality = newMunicipality();
        String path = "/api/v1/municipalities/" + municipality + "/climate-concept";
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("ADOPTED", null)).put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("adoptedOn"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("FERTIG", null)).put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("ADOPTED", "2999-01-01")).put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("adoptedOn"));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.TEXT).body("x").put(path).then().statusCode(415);
        as(Tokens.admin()).contentType(ContentType.JSON).body(concept("IN_PREPARATION", null)).put(path).then().statusCode(428);
        as(Tokens.admin()).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(concept("IN_PREPARATION", null)).put(path)
                .then().statusCode(412);
        as(Tokens.member()).get(path).then().body("status", equalTo("NOT_STARTED"));
        as(Tokens.member()).get(path + "/history").then().body("totalItems", equalTo(0));
    }

    @Test
    void othersMayNotEditAndUnknownMunicipalitiesAre404() {
        String municipality = newMunicipality();
        String path = "/api/v1/municipalities/" + municipality + "/climate-concept";
        as(People.newMember("fremd").token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(concept("IN_PREPARATION", null)).put(path).then().statusCode(403);
        anonymous().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("IN_PREPARATION", null)).put(path)
                .then().statusCode(401);
        anonymous().get(path).then().statusCode(401);
        anonymous().get(path + "/history").then().statusCode(401);
        String unknown = "/api/v1/municipalities/" + UNKNOWN + "/climate-concept";
        as(Tokens.member()).get(unknown).then().statusCode(404);
        as(Tokens.member()).get(unknown + "/history").then().statusCode(404);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("IN_PREPARATION", null)).put(unknown)
                .then().statusCode(404);
        as(Tokens.member()).get("/api/v1/municipalities/kaputt/climate-concept").then().statusCode(400);
        as(Tokens.member()).get("/api/v1/municipalities/kaputt/climate-concept/history").then().statusCode(400);
        as(Tokens.member()).get(path + "/history?size=0").then().statusCode(400);
    }

    @Test
    void aCoordinatorEditsTheConceptOfAMembersMunicipalityButNotOthers() {
        String municipality = newMunicipality();
        String elsewhere = newMunicipality();
        Person klara = memberOf(municipality);
        String network = People.newNetwork("Konzeptnetz");
        Person coordinator = People.newMember("konzept-koordination");
        People.join(network, coordinator, "COORDINATOR");
        People.join(network, klara, "MEMBER");
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("IN_PREPARATION", null))
                .put("/api/v1/municipalities/" + municipality + "/climate-concept").then().statusCode(200);
        as(coordinator.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(concept("IN_PREPARATION", null))
                .put("/api/v1/municipalities/" + elsewhere + "/climate-concept").then().statusCode(403);
    }
}
