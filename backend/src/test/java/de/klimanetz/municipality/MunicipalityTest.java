package de.klimanetz.municipality;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalityTest extends ApiTest {

    private static final String MUNICIPALITIES = "/api/v1/municipalities";
    /** Hessian Kreisschlüssel 06xyz that no other test uses. */
    private static final AtomicInteger NEXT_KREIS = new AtomicInteger(400);

    private static String newKreisKey() {
        return "06" + NEXT_KREIS.getAndIncrement();
    }

    private static Map<String, Object> input(String name, String kind, String key, String state, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("officialKey", key);
        body.put("federalState", state);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    private static Response create(Map<String, Object> body) {
        return as(Tokens.admin()).contentType(ContentType.JSON).body(body).post(MUNICIPALITIES);
    }

    private static String createKreis(String name, String key) {
        return create(input(name, "KREIS", key, "HE", null)).then().statusCode(201).extract().path("id");
    }

    @Test
    void anAdminCreatesAKreisAndATownInIt() {
        String kreisKey = newKreisKey();
        String kreisId = createKreis("Testkreis " + kreisKey, kreisKey);
        Response town = create(input("Teststadt", "STADT", kreisKey + "004", "HE", kreisId));
        town.then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("kind", equalTo("STADT"))
                .body("officialKey", equalTo(kreisKey + "004"))
                .body("parent.id", equalTo(kreisId))
                .body("parent.officialKey", equalTo(kreisKey));
        as(Tokens.member()).get(MUNICIPALITIES + "/" + kreisId)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("parent", nullValue());
    }

    @Test
    void searchFindsByNamePrefixKeyPrefixAndKind() {
        String kreisKey = newKreisKey();
        String kreisId = createKreis("Suchkreis " + kreisKey, kreisKey);
        create(input("Suchstadt Nord " + kreisKey, "STADT", kreisKey + "008", "HE", kreisId)).then().statusCode(201);
        create(input("Suchgemeinde " + kreisKey, "GEMEINDE", kreisKey + "012", "HE", kreisId)).then().statusCode(201);

        as(Tokens.member()).queryParam("q", kreisKey).get(MUNICIPALITIES)
                .then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.officialKey", everyItem(startsWith(kreisKey)));
        as(Tokens.member()).queryParam("q", "suchstadt nord " + kreisKey).get(MUNICIPALITIES)
                .then().body("items.name", containsInAnyOrder("Suchstadt Nord " + kreisKey));
        as(Tokens.member()).queryParam("q", kreisKey).queryParam("kind", "gemeinde").get(MUNICIPALITIES)
                .then().body("items", hasSize(1)).body("items[0].kind", equalTo("GEMEINDE"));
        as(Tokens.integration()).queryParam("q", "100%_").get(MUNICIPALITIES)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void searchRejectsAnUnknownKindAndOverlongText() {
        as(Tokens.member()).queryParam("kind", "DORF").get(MUNICIPALITIES)
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        as(Tokens.member()).queryParam("q", "x".repeat(201)).get(MUNICIPALITIES)
                .then().statusCode(400).body("violations[0].field", equalTo("q"));
        anonymous().get(MUNICIPALITIES).then().statusCode(401);
    }

    @Test
    void keysMustFitKindStateAndKreis() {
        String kreisKey = newKreisKey();
        String kreisId = createKreis("Regelkreis " + kreisKey, kreisKey);
        create(input("Zu kurz", "STADT", kreisKey, "HE", null))
                .then().statusCode(400).body("violations.field", hasItem("officialKey"));
        create(input("Falsches Land", "KREIS", newKreisKey(), "NW", null))
                .then().statusCode(400).body("violations.field", hasItem("officialKey"));
        create(input("Fremder Kreis", "STADT", "06999004", "HE", kreisId))
                .then().statusCode(400).body("violations.field", hasItem("officialKey"));
        create(input("Kreis im Kreis", "KREIS", newKreisKey(), "HE", kreisId))
                .then().statusCode(400).body("violations.field", hasItem("parentId"));
        create(input("Keine Ziffern", "STADT", "0597x036", "HE", null))
                .then().statusCode(400).body("violations.field", hasItem("officialKey"));
        create(input("Unbekannter Kreis", "STADT", kreisKey + "100", "HE", "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12"))
                .then().statusCode(400).body("violations.field", hasItem("parentId"));
        String townId = create(input("Stadt als Kreis", "STADT", kreisKey + "104", "HE", kreisId)).then().statusCode(201)
                .extract().path("id");
        create(input("Stadt unter Stadt", "GEMEINDE", kreisKey + "108", "HE", townId))
                .then().statusCode(400).body("violations.field", hasItem("parentId"));
        create(input("Dorf", "DORF", kreisKey + "112", "HE", null))
                .then().statusCode(400).body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", startsWith("Erlaubt sind: GEMEINDE"));
        as(Tokens.member()).queryParam("q", kreisKey).get(MUNICIPALITIES).then().body("totalItems", equalTo(2));
    }

    @Test
    void anOfficialKeyExistsOnlyOnce() {
        String kreisKey = newKreisKey();
        createKreis("Erster " + kreisKey, kreisKey);
        create(input("Zweiter " + kreisKey, "KREIS", kreisKey, "HE", null))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://klimanetz.de/problems/conflict"));
    }

    @Test
    void onlyAdminsCreateAndUpdate() {
        for (String token : List.of(Tokens.member(), Tokens.integration())) {
            as(token).contentType(ContentType.JSON).body(input("Verboten", "KREIS", newKreisKey(), "HE", null))
                    .post(MUNICIPALITIES).then().statusCode(403);
        }
        anonymous().contentType(ContentType.JSON).body(input("Verboten", "KREIS", newKreisKey(), "HE", null))
                .post(MUNICIPALITIES).then().statusCode(401);
        as(Tokens.admin()).contentType(ContentType.TEXT).body("Kreis").post(MUNICIPALITIES).then().statusCode(415);

        String key = newKreisKey();
        String id = createKreis("Geschützt " + key, key);
        for (String token : List.of(Tokens.member(), Tokens.integration())) {
            as(token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body(input("Übernommen", "KREIS", key, "HE", null))
                    .put(MUNICIPALITIES + "/" + id).then().statusCode(403);
        }
        anonymous().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(input("Übernommen", "KREIS", key, "HE", null))
                .put(MUNICIPALITIES + "/" + id).then().statusCode(401);
        as(Tokens.member()).get(MUNICIPALITIES + "/" + id).then().body("name", equalTo("Geschützt " + key));
    }

    @Test
    void anAdminUpdatesWithIfMatch() {
        String key = newKreisKey();
        String id = createKreis("Alt " + key, key);
        String path = MUNICIPALITIES + "/" + id;
        as(Tokens.admin()).contentType(ContentType.JSON).body(input("Neu " + key, "KREIS", key, "HE", null))
                .put(path).then().statusCode(428);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(input("Neu " + key, "KREIS", key, "HE", null))
                .put(path).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("Neu " + key));
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(input("Veraltet", "KREIS", key, "HE", null))
                .put(path).then().statusCode(412);
        String otherKey = newKreisKey();
        createKreis("Anderer " + otherKey, otherKey);
        as(Tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(input("Dublette", "KREIS", otherKey, "HE", null))
                .put(path).then().statusCode(409);
        as(Tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(input("", "KREIS", key, "HE", null))
                .put(path).then().statusCode(400);
        as(Tokens.admin()).header("If-Match", "\"1\"").contentType(ContentType.TEXT).body("x")
                .put(path).then().statusCode(415);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(input("Fehlt", "KREIS", key, "HE", null))
                .put(MUNICIPALITIES + "/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12").then().statusCode(404);
        as(Tokens.member()).get(path).then().body("name", equalTo("Neu " + key)).header("ETag", equalTo("\"1\""));
    }

    @Test
    void readingSomethingUnknownOrMalformed() {
        as(Tokens.member()).get(MUNICIPALITIES + "/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12").then().statusCode(404);
        as(Tokens.member()).get(MUNICIPALITIES + "/05978036").then().statusCode(400);
        anonymous().get(MUNICIPALITIES + "/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12").then().statusCode(401);
    }
}
