package de.klimanetz.membership;

import de.klimanetz.common.web.Versioned;
import de.klimanetz.membership.dto.MembershipResponse;
import java.util.UUID;
import de.klimanetz.municipality.MunicipalityKind;
import de.klimanetz.climateconcept.ConceptStatus;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.membership.dto.AddMemberRequest;
import de.klimanetz.membership.dto.ChangeRoleRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A network's members: the directory for those who may read it, management for its coordinators. */
@Path("/api/v1/networks/{id}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class MemberResource {

    private final DirectoryService directory;
    private final MembershipService memberships;

    MemberResource(DirectoryService directory, MembershipService memberships) {
        this.directory = directory;
        this.memberships = memberships;
    }

    @GET
    public Response directory(@PathParam("id") UUID id, @QueryParam("q") String q,
                              @QueryParam("municipalityKind") MunicipalityKind municipalityKind,
                              @QueryParam("conceptStatus") ConceptStatus conceptStatus,
                              @QueryParam("newInOffice") Boolean newInOffice, @QueryParam("sort") DirectorySort sort,
                              @QueryParam("page") String page, @QueryParam("size") String size, UriInfo uri) {
        var search = DirectorySearch.of(q, municipalityKind, conceptStatus, newInOffice, sort);
        return PagedResponses.ok(directory.members(id, search, PageRequest.parse(page, size)), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") UUID id, @Valid @NotNull AddMemberRequest request) {
        Versioned<MembershipResponse> membership = memberships.add(id, request);
        return Response.status(Response.Status.CREATED)
                .entity(membership.body())
                .tag(EntityTags.of(membership.version()))
                .build();
    }

    @PUT
    @Path("/{participantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeRole(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ChangeRoleRequest request) {
        Versioned<MembershipResponse> membership = memberships.changeRole(id, participantId, ifMatch, request.role());
        return Response.ok(membership.body()).tag(EntityTags.of(membership.version())).build();
    }

    @DELETE
    @Path("/{participantId}")
    public Response end(@PathParam("id") UUID id, @PathParam("participantId") UUID participantId) {
        memberships.end(id, participantId);
        return Response.noContent().build();
    }
}
