package de.klimanetz.participant;

import de.klimanetz.common.web.Versioned;
import de.klimanetz.participant.dto.ProfileResponse;
import de.klimanetz.common.security.Roles;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.participant.dto.ProfileRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in person's own profile. Service accounts (role integration only) have none. */
@Path("/api/v1/me")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final ParticipantService service;
    private final SecurityIdentity identity;

    MeResource(ParticipantService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    public Response get() {
        Versioned<ProfileResponse> me = service.ownProfile(CallerIdentity.of(identity));
        return Response.ok(me.body()).tag(EntityTags.of(me.version())).build();
    }

    /** GDPR Art. 17: erases the caller's personal data and ends their memberships. */
    @DELETE
    public Response erase() {
        service.erase(CallerIdentity.of(identity));
        return Response.noContent().build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ProfileRequest request) {
        Versioned<ProfileResponse> me = service.updateProfile(CallerIdentity.of(identity), ifMatch, request);
        return Response.ok(me.body()).tag(EntityTags.of(me.version())).build();
    }
}
