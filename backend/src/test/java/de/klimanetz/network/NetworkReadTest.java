package de.klimanetz.network;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkReadTest extends ApiTest {

    private static boolean seeded;

    @BeforeEach
    void enoughNetworksForThreePages() {
        if (seeded) {
            return;
        }
        seeded = true;
        for (int i = 0; i < 3; i++) {
            NetworkFixtures.create(NetworkFixtures.uniqueName("Lesetest"));
        }
    }

    @Test
    void anyAuthenticatedCallerListsNetworksInTheCommonPageShape() {
        for (String token : List.of(Tokens.member(), Tokens.admin(), Tokens.integration())) {
            as(token).get("/api/v1/networks")
                    .then().statusCode(200)
                    .contentType("application/json")
                    .body("page", equalTo(0))
                    .body("size", equalTo(20))
                    .body("totalItems", greaterThanOrEqualTo(3))
                    .body("totalPages", greaterThanOrEqualTo(1))
                    .body("items[0].id", notNullValue())
                    .body("items[0].organizer.name", notNullValue());
        }
    }

    @Test
    void pagesAreSortedByNameAndLinkedToTheirNeighbours() {
        Response first = as(Tokens.member()).get("/api/v1/networks?page=0&size=1");
        first.then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1));
        int totalPages = first.path("totalPages");
        assertTrue(totalPages >= 3);
        assertEquals("</api/v1/networks?page=1&size=1>; rel=\"next\"", first.header("Link"));

        Response middle = as(Tokens.member()).get("/api/v1/networks?page=1&size=1");
        middle.then().header("Link", equalTo("</api/v1/networks?page=2&size=1>; rel=\"next\", </api/v1/networks?page=0&size=1>; rel=\"prev\""));

        as(Tokens.member()).get("/api/v1/networks?page=" + (totalPages - 1) + "&size=1")
                .then().header("Link", equalTo("</api/v1/networks?page=" + (totalPages - 2) + "&size=1>; rel=\"prev\""));

        List<String> names = new ArrayList<>(as(Tokens.member()).get("/api/v1/networks?size=100").path("items.name"));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndPointsBack() {
        as(Tokens.member()).get("/api/v1/networks?page=999&size=100")
                .then().statusCode(200).body("items", hasSize(0)).body("page", equalTo(999))
                .header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void invalidPagingParametersAreA400NamingEachParameter() {
        as(Tokens.member()).get("/api/v1/networks?page=abc&size=0")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://klimanetz.de/problems/validation"))
                .body("violations.field", hasItem("page"))
                .body("violations.field", hasItem("size"));
        as(Tokens.member()).get("/api/v1/networks?page=-1").then().statusCode(400).body("violations[0].field", equalTo("page"));
        as(Tokens.member()).get("/api/v1/networks?size=101").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void aNetworkIsReadWithItsEtag() {
        String id = NetworkFixtures.create(NetworkFixtures.uniqueName("Einzeln"));
        as(Tokens.member()).get("/api/v1/networks/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("region", equalTo("Münsterland"))
                .body("organizer.contactEmail", equalTo("netzwerk@kommunalagentur-nrw.example.org"))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void anUnknownNetworkIsA404Problem() {
        as(Tokens.member()).get("/api/v1/networks/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://klimanetz.de/problems/not-found"))
                .body("title", equalTo("Nicht gefunden"))
                .body("detail", containsString("0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12"))
                .body("instance", equalTo("/api/v1/networks/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12"));
    }

    @Test
    void anIdThatIsNoUuidIsA400() {
        as(Tokens.member()).get("/api/v1/networks/not-a-uuid")
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
        as(Tokens.member()).get("/api/v1/networks/1-1-1-1-1")
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
    }

    @Test
    void problemsFollowTheCallersLanguage() {
        as(Tokens.member()).header("Accept-Language", "en-GB,en;q=0.9")
                .get("/api/v1/networks/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12")
                .then().statusCode(404).body("title", equalTo("Not found"));
        as(Tokens.member()).header("Accept-Language", "fr")
                .get("/api/v1/networks/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12")
                .then().statusCode(404).body("title", equalTo("Nicht gefunden"));
    }

    @Test
    void withoutTokenOrWithABadOneTheAnswerIs401() {
        anonymous().get("/api/v1/networks")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"klimanetz\""))
                .body("type", equalTo("https://klimanetz.de/problems/unauthorized"))
                .body("violations", nullValue());
        for (String bad : List.of("not-a-jwt", Tokens.expired(), Tokens.wrongIssuer(), Tokens.foreignSignature())) {
            as(bad).get("/api/v1/networks")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
            as(bad).get("/api/v1/networks/0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11").then().statusCode(401);
        }
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        as(Tokens.member()).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        as(Tokens.admin()).delete("/api/v1/networks")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
