package de.klimanetz.membership;

import de.klimanetz.common.web.Ids;
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
    public NetworkStats stats(@PathParam("id") String id) {
        return directory.stats(Ids.parse("id", id));
    }
}
