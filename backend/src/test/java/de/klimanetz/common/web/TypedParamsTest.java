package de.klimanetz.common.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Typed path and query parameters (TypedParams): what does not convert is a 400 problem naming the
 * parameter, never the REST layer's 404, and every bad parameter of a request is named at once.
 */
@QuarkusTest
class TypedParamsTest extends ApiTest {

    @Test
    void aMalformedIdIsA400NamingThePathParameter() {
        as(Tokens.member()).get("/api/v1/networks/kaputt").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("id"));
        as(Tokens.member()).get("/api/v1/networks/1-1-1-1-1").then().statusCode(400).body("violations.field", contains("id"));
    }

    @Test
    void aMalformedDateOrOneOutsideThePolicyIsA400NamingIt() {
        String network = People.newNetwork("Typisiert");
        as(Tokens.admin()).get("/api/v1/networks/" + network + "/attendance-report?from=2026-02-30").then().statusCode(400)
                .body("violations.field", contains("from"));
        as(Tokens.admin()).header("Accept-Language", "en").get("/api/v1/networks/" + network + "/attendance-report?to=1899-12-31").then().statusCode(400)
                .body("violations.field", contains("to")).body("violations[0].message", equalTo("Must lie between 1900-01-01 and 2199-12-31."));
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        String network = People.newNetwork("Typisiert");
        as(Tokens.admin()).header("Accept-Language", "en")
                .get("/api/v1/networks/" + network + "/events?when=later&updatedSince=gestern").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("when", "updatedSince"))
                .body("violations.find { it.field == 'when' }.message", equalTo("Possible are upcoming and past."));
    }

    @Test
    void anEmptyQueryValueIsAbsentAndEnumsKeepTheirCaseRules() {
        String network = People.newNetwork("Typisiert");
        as(Tokens.admin()).get("/api/v1/networks/" + network + "/events?when=").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/networks/" + network + "/events?when=PAST").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/municipalities?kind=kreis").then().statusCode(200);
    }

    @Test
    void theRoleCheckStillComesBeforeTheParameters() {
        as(Tokens.member()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .put("/api/v1/networks/kaputt").then().statusCode(403);
    }
}
