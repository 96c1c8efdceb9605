package de.klimanetz.membership;

import java.util.UUID;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A network's open e-mail invitations, for its coordinators. */
@Path("/api/v1/networks/{id}/invitations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final MembershipService memberships;

    InvitationResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    public Response list(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size,
                         UriInfo uri) {
        var invitations = memberships.invitations(id, PageRequest.parse(page, size));
        return PagedResponses.ok(invitations, uri);
    }

    @DELETE
    @Path("/{invitationId}")
    public Response withdraw(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        memberships.withdrawInvitation(id, invitationId);
        return Response.noContent().build();
    }
}
