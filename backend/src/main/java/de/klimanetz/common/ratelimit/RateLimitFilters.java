package de.klimanetz.common.ratelimit;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate limits for service accounts (realm role integration, people excluded): every answer to them
 * says where they stand (RateLimit-Policy and RateLimit, IETF draft-ietf-httpapi-ratelimit-headers),
 * and a request over the limit is a 429 problem with Retry-After.
 */
public class RateLimitFilters {

    private static final String RESULT = RateLimitFilters.class.getName() + ".result";
    private static final String CLIENT = RateLimitFilters.class.getName() + ".client";
    private static final String POLICY = "default";

    private final RateLimits limits;
    private final CurrentIdentityAssociation identities;

    RateLimitFilters(RateLimits limits, CurrentIdentityAssociation identities) {
        this.limits = limits;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> limit(ContainerRequestContext request) {
        if (!limits.enabled() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onItem().transformToUni(identity -> {
            String client = serviceAccount(identity);
            if (client != null) {
                RateLimits.Result result = limits.take(client);
                request.setProperty(RESULT, result);
                request.setProperty(CLIENT, client);
                if (!result.allowed()) {
                    return Uni.createFrom().failure(new ProblemException(ProblemType.TOO_MANY_REQUESTS, "detail.too-many-requests",
                            result.retryAfterSeconds()));
                }
            }
            return Uni.createFrom().voidItem();
        }).onFailure(e -> !(e instanceof ProblemException)).recoverWithUni(() -> Uni.createFrom().voidItem());
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RESULT) instanceof RateLimits.Result result) {
            response.getHeaders().putSingle("RateLimit-Policy", "\"%s\";q=%d;w=%d".formatted(POLICY,
                    limits.capacity((String) request.getProperty(CLIENT)),
                    limits.period().toSeconds()));
            response.getHeaders().putSingle("RateLimit", "\"%s\";r=%d;t=%d".formatted(POLICY, result.remaining(),
                    result.secondsToFull()));
            if (!result.allowed()) {
                response.getHeaders().putSingle("Retry-After", Long.toString(result.retryAfterSeconds()));
            }
        }
    }

    /** The client id of a service account's token; null for people and anonymous callers. */
    private static String serviceAccount(SecurityIdentity identity) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.INTEGRATION) || identity.hasRole(Roles.MEMBER)
                || identity.hasRole(Roles.ADMIN) || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object client = token.getClaim("azp");
        return client == null ? token.getSubject() : client.toString();
    }
}
