package de.klimanetz.common.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every call to Keycloak (discovery, key set) must answer within {@link #MILLIS}: the OIDC client
 * only bounds connecting ({@code quarkus.oidc.connection-timeout}), so a Keycloak that accepts the
 * connection and then hangs would hold the request that needed it for as long as it hangs. Valid
 * tokens never need such a call (their key is cached); an unknown key id then costs at most this
 * long once per refresh interval, and is a 401.
 */
@ApplicationScoped
@Unremovable
public class KeycloakTimeout implements OidcRequestFilter {

    static final long MILLIS = 3000;

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(MILLIS);
    }
}
