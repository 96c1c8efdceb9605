package de.klimanetz.membership;

import de.klimanetz.common.paging.Page;
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
import java.util.List;

@Path("/api/v1/me/memberships")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MyMembershipsResource {

    private final MembershipService memberships;

    MyMembershipsResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    /** A person has few memberships; they are read at once and paged for the common list shape. */
    @GET
    public Response mine(@QueryParam("page") String page, @QueryParam("size") String size, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        List<Membership> all = memberships.mine();
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        Page<Membership> slice = Page.of(all.subList(from, to), request, all.size());
        return PagedResponses.ok(slice.map(MembershipMapper::mine), uri);
    }
}
