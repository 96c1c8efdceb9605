package de.klimanetz.common.security;

/** Realm roles of the Keycloak realm "klimanetz" (token claim realm_access.roles). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
