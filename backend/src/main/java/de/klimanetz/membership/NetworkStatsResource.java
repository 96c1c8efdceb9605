package de.klimanetz.membership;

import java.util.UUID;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import de.klimanetz.membership.dto.NetworkStats;

@Path("/api/v1/networks/{id}/stats")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NetworkStatsResource {

    private final DirectoryService directory;

    NetworkStatsResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    public NetworkStats stats(@PathParam("id") UUID id) {
        return directory.stats(id);
    }
}
