package de.klimanetz.webhook;

import java.util.UUID;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.webhook.dto.WebhookRequest;
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

/** Webhook subscriptions (admins): where changes are pushed, and what became of each delivery. */
@Path("/api/v1/webhooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class WebhookResource {

    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, UriInfo uri) {
        return PagedResponses.ok(webhooks.list(PageRequest.parse(page, size)), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull WebhookRequest request, UriInfo uri) {
        WebhookService.Read created = webhooks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.body().id().toString()).build())
                .entity(created.body()).tag(EntityTags.of(created.version())).build();
    }

    @GET
    @Path("/{webhookId}")
    public Response get(@PathParam("webhookId") UUID id) {
        WebhookService.Read read = webhooks.get(id);
        return Response.ok(read.body()).tag(EntityTags.of(read.version())).build();
    }

    @PUT
    @Path("/{webhookId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("webhookId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull WebhookRequest request) {
        WebhookService.Read read = webhooks.update(id, ifMatch, request);
        return Response.ok(read.body()).tag(EntityTags.of(read.version())).build();
    }

    @DELETE
    @Path("/{webhookId}")
    public Response delete(@PathParam("webhookId") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{webhookId}/deliveries")
    public Response deliveries(@PathParam("webhookId") UUID id, @QueryParam("page") String page,
                               @QueryParam("size") String size, UriInfo uri) {
        return PagedResponses.ok(webhooks.deliveries(id, PageRequest.parse(page, size)), uri);
    }

    @GET
    @Path("/{webhookId}/deliveries/{deliveryId}")
    public Response delivery(@PathParam("webhookId") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.ok(webhooks.delivery(id, deliveryId)).build();
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("webhookId") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.ok(webhooks.redeliver(id, deliveryId)).build();
    }
}
