package de.klimanetz.event;

import java.util.UUID;
import java.time.OffsetDateTime;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.event.dto.EventRequest;
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

/** A network's on-site events. */
@Path("/api/v1/networks/{id}/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class NetworkEventsResource {

    private final EventService service;

    NetworkEventsResource(EventService service) {
        this.service = service;
    }

    @GET
    public Response list(@PathParam("id") UUID id, @QueryParam("when") EventPeriod when, @QueryParam("page") String page,
                         @QueryParam("size") String size, @QueryParam("updatedSince") OffsetDateTime updatedSince, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        return PagedResponses.ok(service.list(id, when, request, updatedSince), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") UUID id, @Valid @NotNull EventRequest request, UriInfo uri) {
        EventService.Read event = service.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/events").path(event.body().id().toString()).build())
                .entity(event.body()).tag(EntityTags.of(event.version())).build();
    }
}
