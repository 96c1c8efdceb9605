package de.klimanetz.privacy;

import de.klimanetz.common.security.Roles;
import de.klimanetz.participant.CallerIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/me/export")
@RolesAllowed({Roles.MEMBER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    private final PersonalDataService service;
    private final SecurityIdentity identity;

    PersonalDataResource(PersonalDataService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    public Response export() {
        return Response.ok(service.export(CallerIdentity.of(identity)))
                .header("Content-Disposition", "attachment; filename=\"klimanetz-meine-daten.json\"")
                .build();
    }
}
