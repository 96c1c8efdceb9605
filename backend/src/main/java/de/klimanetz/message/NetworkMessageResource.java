package de.klimanetz.message;

import java.util.UUID;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.message.dto.MessageRequest;
import de.klimanetz.message.dto.MessageResponse;
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

/** Messages to a network ("Rundmail") and their archive. */
@Path("/api/v1/networks/{id}/messages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class NetworkMessageResource {

    private final NetworkMessageService messages;

    NetworkMessageResource(NetworkMessageService messages) {
        this.messages = messages;
    }

    @GET
    public Response list(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size,
                         UriInfo uri) {
        return PagedResponses.ok(messages.list(id, PageRequest.parse(page, size)), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@PathParam("id") UUID id, @Valid @NotNull MessageRequest request, UriInfo uri) {
        MessageResponse sent = messages.send(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(sent.id().toString()).build()).entity(sent).build();
    }

    @GET
    @Path("/recipients")
    public Response recipients(@PathParam("id") UUID id, @QueryParam("audience") MessageAudience audience,
                               @QueryParam("eventId") UUID eventId) {
        return Response.ok(messages.recipients(id, audience, eventId)).build();
    }

    @GET
    @Path("/{messageId}")
    public Response get(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
        return Response.ok(messages.get(id, messageId)).build();
    }
}
