package de.klimanetz.notification;

import de.klimanetz.common.security.Roles;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.notification.dto.NotificationSettingsDto;
import de.klimanetz.participant.CallerIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Which mails the signed-in person gets. */
@Path("/api/v1/me/notification-settings")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    private final NotificationSettingsService service;
    private final SecurityIdentity identity;

    NotificationSettingsResource(NotificationSettingsService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    public Response get() {
        return ok(service.mine(CallerIdentity.of(identity)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull NotificationSettingsDto request) {
        return ok(service.update(CallerIdentity.of(identity), ifMatch, request));
    }

    private static Response ok(NotificationSettingsService.Read read) {
        return Response.ok(read.body()).tag(EntityTags.of(read.tag())).build();
    }
}
