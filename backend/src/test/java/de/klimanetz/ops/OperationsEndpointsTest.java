package de.klimanetz.ops;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.klimanetz.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Health and the API documentation are there without a token, as operators and integrators need them; metrics for admins. */
@QuarkusTest
class OperationsEndpointsTest extends ApiTest {

    @Test
    void readinessIncludesTheDatabase() {
        RestAssured.get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessMetricsAndDocsAnswer() {
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.given().auth().oauth2(de.klimanetz.support.Tokens.admin()).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        RestAssured.get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        RestAssured.get("/q/openapi").then().statusCode(200).body(containsString("Klimanetz API"));
    }
}
