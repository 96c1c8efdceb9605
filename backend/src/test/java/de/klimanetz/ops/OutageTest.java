package de.klimanetz.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.DatabaseLink;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Defects 8 and 10 of issue 10: the API when its database is unreachable or its pool is used up
 * (503 problem with Retry-After after a bounded wait, and it recovers), and when Keycloak hangs
 * (valid tokens keep working, an unknown key id is a fast 401).
 */
@QuarkusTest
class OutageTest extends ApiTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Inject
    DataSource dataSource;

    @Test
    void databaseDownIsA503WithRetryAfterAndTheApiRecovers() throws Exception {
        String member = Tokens.member();
        as(member).get("/api/v1/networks").then().statusCode(200);
        DatabaseLink.control().accept("down");
        try {
            for (int i = 0; i < 3; i++) {
                long began = System.nanoTime();
                Response read = as(member).get("/api/v1/networks");
                long millis = (System.nanoTime() - began) / 1_000_000;
                read.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
                assertTrue(millis < 8000, "503 after " + millis + " ms");
            }
            as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "Ausfall", "region", "NRW", "eligibility", "alle",
                            "organizer", Map.of("name", "A", "contactEmail", "a@example.org")))
                    .post("/api/v1/networks").then().statusCode(503).header("Retry-After", "5");
            RestAssured.get("/q/health/ready").then().statusCode(503);
        } finally {
            DatabaseLink.control().accept("up");
        }
        long deadline = System.currentTimeMillis() + 20_000;
        int status;
        do {
            status = as(member).get("/api/v1/networks").statusCode();
        } while (status != 200 && System.currentTimeMillis() < deadline && pause());
        assertEquals(200, status, "the API answers again once the database is back");
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aUsedUpPoolIsA503AfterABoundedWait() throws Exception {
        String member = Tokens.member();
        as(member).get("/api/v1/networks").then().statusCode(200);
        // take every connection of the API's pool ourselves, until the pool has none left to give
        List<Connection> taken = new ArrayList<>();
        try {
            while (taken.size() < 200) {
                try {
                    taken.add(dataSource.getConnection());
                } catch (java.sql.SQLException e) {
                    break;
                }
            }
            long began = System.nanoTime();
            Response response = as(member).get("/api/v1/networks");
            long millis = (System.nanoTime() - began) / 1_000_000;
            response.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            assertTrue(millis >= 4000 && millis < 9000, "503 after the bounded wait of 5 s, not " + millis + " ms");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        as(member).get("/api/v1/networks").then().statusCode(200);
    }

    @Test
    void whileKeycloakHangsValidTokensWorkAndUnknownKeysAreAFast401() {
        String member = Tokens.member();
        as(member).get("/api/v1/networks").then().statusCode(200);
        StubMapping hung = keycloak.stubFor(get(urlPathMatching(".*")).atPriority(1)
                .willReturn(aResponse().withFixedDelay(60_000).withStatus(200)));
        try {
            for (int i = 0; i < 3; i++) {
                long began = System.nanoTime();
                as(Tokens.unknownKeyId()).get("/api/v1/networks").then().statusCode(401).contentType("application/problem+json");
                long millis = (System.nanoTime() - began) / 1_000_000;
                assertTrue(millis < 8000, "401 after " + millis + " ms");
                began = System.nanoTime();
                as(member).get("/api/v1/networks").then().statusCode(200);
                assertTrue((System.nanoTime() - began) / 1_000_000 < 2000, "a valid token needs no Keycloak");
            }
        } finally {
            keycloak.removeStub(hung);
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
