package de.klimanetz.participant;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as far as the token says: subject, name and e-mail claims of Keycloak. */
public record CallerIdentity(String subject, String name, String email, boolean emailVerified) {

    public static CallerIdentity of(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new IllegalStateException("bearer token expected");
        }
        String name = firstNonBlank(token.getClaim("name"), token.getClaim("preferred_username"), token.getSubject());
        Object verified = token.getClaim("email_verified");
        return new CallerIdentity(token.getSubject(), name, token.getClaim("email"),
                Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)));
    }

    private static String firstNonBlank(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate != null && !candidate.toString().isBlank()) {
                return candidate.toString().strip();
            }
        }
        return "";
    }
}
