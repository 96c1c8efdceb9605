package de.klimanetz.municipality;

import java.util.UUID;
import java.time.OffsetDateTime;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.security.Roles;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Versioned;
import de.klimanetz.municipality.dto.MunicipalityResponse;
import de.klimanetz.municipality.dto.MunicipalityRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/municipalities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class MunicipalityResource {

    private final MunicipalityService service;

    MunicipalityResource(MunicipalityService service) {
        this.service = service;
    }

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("kind") MunicipalityKind kind,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @QueryParam("updatedSince") OffsetDateTime updatedSince, UriInfo uri) {
        var found = service.search(MunicipalitySearch.of(q, kind, updatedSince), PageRequest.parse(page, size));
        return PagedResponses.ok(found, uri);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Versioned<MunicipalityResponse> municipality = service.read(id);
        return Response.ok(municipality.body()).tag(EntityTags.of(municipality.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull MunicipalityRequest request, UriInfo uri) {
        Versioned<MunicipalityResponse> municipality = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(municipality.body().id().toString()).build())
                .entity(municipality.body())
                .tag(EntityTags.of(municipality.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull MunicipalityRequest request) {
        Versioned<MunicipalityResponse> municipality = service.replace(id, ifMatch, request);
        return Response.ok(municipality.body()).tag(EntityTags.of(municipality.version())).build();
    }
}
