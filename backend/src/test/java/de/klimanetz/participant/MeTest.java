package de.klimanetz.participant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeTest extends ApiTest {

    private static final String ME = "/api/v1/me";

    private static String newMember() {
        return Tokens.user("person-" + UUID.randomUUID(), "member");
    }

    private static Map<String, Object> profile(String displayName) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", displayName);
        body.put("jobTitle", "Klimaschutzmanagerin");
        body.put("inOfficeSince", "2026-09-01");
        body.put("phone", "+49 2303 103-0");
        body.put("topics", List.of(" Wärmeplanung ", "Radverkehr", "wärmeplanung"));
        body.put("bio", "Seit September im Amt.");
        body.put("showEmail", true);
        body.put("showPhone", false);
        return body;
    }

    @Test
    void theFirstCallCreatesTheProfileFromTheTokenWithPrivacyByDefault() {
        String token = newMember();
        as(token).get(ME).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("displayName", notNullValue())
                .body("email", notNullValue())
                .body("emailVerified", equalTo(true))
                .body("municipality", nullValue())
                .body("showEmail", equalTo(false))
                .body("showPhone", equalTo(false));
        String id = as(token).get(ME).path("id");
        as(token).get(ME).then().body("id", equalTo(id));
    }

    @Test
    void simultaneousFirstCallsCreateOneProfile() {
        String token = newMember();
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> as(token).get(ME).then().statusCode(200).extract().<String>path("id")));
        }
        List<String> ids = calls.stream().map(CompletableFuture::join).distinct().toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, ids.size());
    }

    @Test
    void aMemberEditsTheProfile() {
        String token = newMember();
        String etag = as(token).get(ME).header("ETag");
        String unna = as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Profilkreis", "kind", "KREIS", "officialKey", "07" + (100 + (int) (Math.random() * 800)), "federalState", "RP"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
        Map<String, Object> body = profile("Mara Mitglied");
        body.put("municipalityId", unna);
        as(token).header("If-Match", etag).contentType(ContentType.JSON).body(body).put(ME)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("displayName", equalTo("Mara Mitglied"))
                .body("municipality.id", equalTo(unna))
                .body("topics", contains("Wärmeplanung", "Radverkehr"))
                .body("showEmail", equalTo(true));
        as(token).get(ME).then().body("jobTitle", equalTo("Klimaschutzmanagerin")).body("inOfficeSince", equalTo("2026-09-01"));
        as(token).header("If-Match", "\"1\"").contentType(ContentType.TEXT).body("x").put(ME).then().statusCode(415);
    }

    @Test
    void invalidProfilesAreRejectedAndChangeNothing() {
        String token = newMember();
        Map<String, Object> body = profile(" ");
        body.put("inOfficeSince", LocalDate.now().plusDays(30).toString());
        body.put("phone", "anrufen!");
        body.put("topics", List.of("x".repeat(51)));
        as(token).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body).put(ME)
                .then().statusCode(400)
                .body("violations.field", hasItem("displayName"))
                .body("violations.field", hasItem("inOfficeSince"))
                .body("violations.field", hasItem("phone"))
                .body("violations.field", hasItem("topics[0]"));
        Map<String, Object> unknownMunicipality = profile("Mara");
        unknownMunicipality.put("municipalityId", "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12");
        as(token).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(unknownMunicipality).put(ME)
                .then().statusCode(400).body("violations[0].field", equalTo("municipalityId"));
        as(token).header("If-Match", "\"0\"").contentType(ContentType.TEXT).body("x").put(ME).then().statusCode(415);
        as(token).get(ME).then().header("ETag", equalTo("\"0\"")).body("jobTitle", nullValue());
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        String token = newMember();
        as(token).get(ME).then().statusCode(200);
        as(token).contentType(ContentType.JSON).body(profile("Ohne If-Match")).put(ME).then().statusCode(428);
        as(token).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(profile("Erste")).put(ME).then().statusCode(200);
        as(token).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(profile("Veraltet")).put(ME).then().statusCode(412);
        as(token).get(ME).then().body("displayName", equalTo("Erste"));
    }

    @Test
    void serviceAccountsAndAnonymousCallersHaveNoProfile() {
        as(Tokens.integration()).get(ME).then().statusCode(403);
        as(Tokens.integration()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(profile("Dienst")).put(ME)
                .then().statusCode(403);
        anonymous().get(ME).then().statusCode(401);
        anonymous().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(profile("Niemand")).put(ME).then().statusCode(401);
    }
}
