package de.klimanetz.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak's Admin REST API as far as invitations use it, on the tests' in-process OIDC server
 * (WireMock): a token for the service account, an empty user search (or one existing account),
 * user creation and the "set your password" mail. The real Keycloak is exercised end to end.
 */
public final class KeycloakAdminStubs {

    /** An address that already has a Keycloak account with a password. */
    public static final String EXISTING_ACCOUNT = "schon-da@kreis-unna.example";
    public static final String ADMIN = "/auth/admin/realms/klimanetz";

    private static boolean installed;

    private KeycloakAdminStubs() {
    }

    public static synchronized WireMock install() {
        URI keycloak = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        WireMock wireMock = new WireMock(keycloak.getHost(), keycloak.getPort());
        if (installed) {
            return wireMock;
        }
        wireMock.register(post(urlPathEqualTo("/auth/realms/klimanetz/protocol/openid-connect/token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"admin-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        wireMock.register(get(urlPathEqualTo(ADMIN + "/users")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        wireMock.register(get(urlPathEqualTo(ADMIN + "/users")).withQueryParam("email", equalTo(EXISTING_ACCOUNT)).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "[{\"id\":\"" + UUID.randomUUID() + "\",\"username\":\"schon-da\",\"email\":\"" + EXISTING_ACCOUNT
                                + "\",\"enabled\":true,\"requiredActions\":[]}]")));
        wireMock.register(post(urlPathEqualTo(ADMIN + "/users"))
                .willReturn(aResponse().withStatus(201)
                        .withHeader("Location", keycloak + "/admin/realms/klimanetz/users/" + UUID.randomUUID())));
        wireMock.register(put(urlPathMatching(ADMIN + "/users/[^/]+/execute-actions-email"))
                .willReturn(aResponse().withStatus(204)));
        installed = true;
        return wireMock;
    }
}
