package de.klimanetz.network;

import java.util.UUID;
import java.time.OffsetDateTime;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.security.Roles;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Versioned;
import de.klimanetz.network.dto.NetworkResponse;
import de.klimanetz.network.dto.NetworkRequest;
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

@Path("/api/v1/networks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class NetworkResource {

    private final NetworkService service;

    NetworkResource(NetworkService service) {
        this.service = service;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("updatedSince") OffsetDateTime updatedSince, UriInfo uri) {
        return PagedResponses.ok(service.list(PageRequest.parse(page, size), updatedSince), uri);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Versioned<NetworkResponse> network = service.read(id);
        return Response.ok(network.body()).tag(EntityTags.of(network.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NetworkRequest request, UriInfo uri) {
        Versioned<NetworkResponse> network = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(network.body().id().toString()).build())
                .entity(network.body())
                .tag(EntityTags.of(network.version()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull NetworkRequest request) {
        Versioned<NetworkResponse> network = service.replace(id, ifMatch, request);
        return Response.ok(network.body()).tag(EntityTags.of(network.version())).build();
    }
}
