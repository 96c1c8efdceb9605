package de.klimanetz.membership;

import java.util.UUID;
import de.klimanetz.membership.dto.ParticipantProfile;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/participants/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final DirectoryService directory;

    ParticipantResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    public ParticipantProfile get(@PathParam("id") UUID id) {
        return directory.profile(id);
    }
}
