package de.klimanetz.onlineroom;

import java.util.UUID;
import java.time.OffsetDateTime;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.onlineroom.dto.OnlineRoomRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A network's online rooms. */
@Path("/api/v1/networks/{id}/online-rooms")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class NetworkRoomsResource {

    private final OnlineRoomService service;

    NetworkRoomsResource(OnlineRoomService service) {
        this.service = service;
    }

    @GET
    public Response list(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("updatedSince") OffsetDateTime updatedSince,
                         UriInfo uri) {
        return PagedResponses.ok(service.list(id, PageRequest.parse(page, size), updatedSince), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") UUID id, @Valid @NotNull OnlineRoomRequest request, UriInfo uri) {
        OnlineRoomService.Read room = service.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/online-rooms").path(room.body().id().toString()).build())
                .entity(room.body())
                .tag(EntityTags.of(room.version()))
                .build();
    }
}
