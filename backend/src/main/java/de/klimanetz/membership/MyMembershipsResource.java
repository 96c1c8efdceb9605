package de.klimanetz.membership;

import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/me/memberships")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MyMembershipsResource {

    private final MembershipService memberships;

    MyMembershipsResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    public Response mine(@QueryParam("page") String page, @QueryParam("size") String size, UriInfo uri) {
        return PagedResponses.ok(memberships.mine(PageRequest.parse(page, size)), uri);
    }
}
