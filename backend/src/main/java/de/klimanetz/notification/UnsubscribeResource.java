package de.klimanetz.notification;

import de.klimanetz.notification.dto.UnsubscribeResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One-click unsubscribe (RFC 8058): mail programs POST to the address in List-Unsubscribe; the
 * link in the mail's text opens a page of the web app, which reads (GET) and confirms (POST).
 * No login: the signed token is the credential. A GET never changes anything, so link scanners
 * cannot unsubscribe anybody.
 */
@Path("/api/v1/unsubscribe/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    private final UnsubscribeService service;

    UnsubscribeResource(UnsubscribeService service) {
        this.service = service;
    }

    @GET
    public UnsubscribeResponse read(@PathParam("token") String token) {
        return service.read(token);
    }

    /** The body (List-Unsubscribe=One-Click, form-encoded) is not needed and not read. */
    @POST
    public Response unsubscribe(@PathParam("token") String token) {
        return Response.ok(service.unsubscribe(token)).header("Cache-Control", "no-store").build();
    }
}
