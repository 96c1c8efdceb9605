package de.klimanetz.support;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's (roles in realm_access.roles), signed by the in-process OIDC
 * server's key, plus the ways a token can be bad.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String admin() {
        return user("demo-admin", "admin", "member");
    }

    public static String member() {
        return user("demo-member", "member");
    }

    public static String integration() {
        return user("service-account-klimanetz-integration", "integration");
    }

    /** A service account's token as Keycloak issues it for client credentials: azp names the client. */
    public static String serviceAccount(String clientId) {
        return claims("service-account-" + clientId, "integration").claim("azp", clientId).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String user(String username, String... roles) {
        return claims(username, roles).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token whose sub is a given Keycloak user id, as for the demo accounts with fixed ids. */
    public static String withSubject(String subject, String username, String... roles) {
        return claims(username, roles).subject(subject).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String expired() {
        return claims("demo-member", "member")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    public static String wrongIssuer() {
        return claims("demo-member", "member").issuer("https://evil.example.com/realms/klimanetz")
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** Right claims, right key id, but signed by a key the server has never seen. */
    public static String foreignSignature() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("demo-member", "member").jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ID token of the same person: Keycloak marks it with typ "ID"; it must never pass as an access token. */
    public static String idToken() {
        return claims("demo-member", "member").claim("typ", "ID").audience("klimanetz-spa").jws().keyId("1").sign("privateKey.jwk");
    }

    /** Right claims, signed, but with a key id the server's key set does not have. */
    public static String unknownKeyId() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("demo-member", "member").jws().keyId("unknown-" + System.nanoTime()).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder claims(String username, String... roles) {
        return Jwt.preferredUserName(username)
                .issuer(ISSUER)
                .subject("sub-" + username)
                .claim("typ", "Bearer")
                .claim("name", username)
                .claim("email", username + "@klimanetz.example")
                .claim("email_verified", true)
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }
}
