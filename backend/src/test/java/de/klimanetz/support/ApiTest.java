package de.klimanetz.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the API tests: a real PostgreSQL, an in-process OIDC server that signs Keycloak-shaped
 * tokens, a real mail catcher (MailDev), and every /api response checked against openapi.yaml.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(MailDevResource.class)
public abstract class ApiTest {

    @BeforeAll
    static void emulateKeycloakAdmin() {
        KeycloakAdminStubs.install();
    }

    @BeforeAll
    static void startWithAnEmptyInbox() {
        Mailbox.clear();
    }

    @BeforeAll
    static void checkEveryResponseAgainstTheContract() {
        if (RestAssured.filters() == null || !RestAssured.filters().contains(ContractFilter.INSTANCE)) {
            RestAssured.filters(ContractFilter.INSTANCE);
        }
    }

    protected static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    protected static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
