package de.klimanetz.mail;

import java.util.UUID;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Mail deliveries for admins: the failed ones first of all, and a retry. */
@Path("/api/v1/mail-deliveries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class MailDeliveryResource {

    private final MailDeliveryService deliveries;

    MailDeliveryResource(MailDeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    public Response list(@QueryParam("status") MailStatus status, @QueryParam("page") String page, @QueryParam("size") String size,
                         UriInfo uri) {
        return PagedResponses.ok(deliveries.list(status, PageRequest.parse(page, size)), uri);
    }

    @GET
    @Path("/{deliveryId}")
    public Response get(@PathParam("deliveryId") UUID id) {
        return Response.ok(deliveries.get(id)).build();
    }

    @POST
    @Path("/{deliveryId}/retry")
    public Response retry(@PathParam("deliveryId") UUID id) {
        return Response.ok(deliveries.retry(id)).build();
    }
}
