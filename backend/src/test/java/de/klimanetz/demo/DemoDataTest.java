package de.klimanetz.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With demo data switched on, the seed network of DOMAIN.md is there, and only once. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoDataOn.class)
class DemoDataTest extends ApiTest {

    public static class DemoDataOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("klimanetz.demo-data.enabled", "true");
        }
    }

    @Inject
    DemoNetworks demoNetworks;

    @Test
    void theNrwNetworkIsLoadedOnce() {
        as(Tokens.member()).get("/api/v1/networks/" + DemoNetworks.NRW_NETWORK_ID)
                .then().statusCode(200)
                .body("name", equalTo("Netzwerk Klimaschutzmanagement NRW"))
                .body("organizer.name", equalTo("Kommunal Agentur NRW"));
        assertEquals(0, demoNetworks.ensurePresent(), "a second load adds nothing");
    }
}
