package de.klimanetz.membership;

import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.web.Ids;
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
    public Response list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size,
                         UriInfo uri) {
        var invitations = memberships.invitations(Ids.parse("id", id), PageRequest.parse(page, size));
        return PagedResponses.ok(invitations.map(MembershipMapper::coordinatorView), uri);
    }

    @DELETE
    @Path("/{invitationId}")
    public Response withdraw(@PathParam("id") String id, @PathParam("invitationId") String invitationId) {
        memberships.withdrawInvitation(Ids.parse("id", id), Ids.parse("invitationId", invitationId));
        return Response.noContent().build();
    }
}
