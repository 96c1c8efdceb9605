package de.klimanetz.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Service accounts have a token bucket (here 5 per minute for one client); people are not limited. */
@QuarkusTest
class RateLimitTest extends ApiTest {

    @Test
    void aServiceAccountSeesItsLimitAndGetsA429WithRetryAfterBeyondIt() {
        String token = Tokens.serviceAccount("rate-limited-client");
        for (int i = 4; i >= 0; i--) {
            Response ok = as(token).get("/api/v1/changes");
            ok.then().statusCode(200).header("RateLimit-Policy", equalTo("\"default\";q=5;w=60"));
            assertEquals("\"default\";r=" + i, ok.header("RateLimit").substring(0, ok.header("RateLimit").indexOf(";t=")));
        }
        Response limited = as(token).get("/api/v1/changes");
        limited.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://klimanetz.de/problems/too-many-requests"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1, limited.header("Retry-After"));
        as(Tokens.serviceAccount("another-client")).get("/api/v1/changes").then().statusCode(200);
    }

    @Test
    void peopleAreNotLimited() {
        for (int i = 0; i < 10; i++) {
            as(Tokens.member()).get("/api/v1/networks").then().statusCode(200).header("RateLimit", nullValue());
        }
    }
}
