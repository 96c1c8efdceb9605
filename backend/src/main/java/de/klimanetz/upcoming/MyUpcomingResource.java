package de.klimanetz.upcoming;

import de.klimanetz.common.paging.Limit;
import de.klimanetz.upcoming.dto.UpcomingList;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The caller's next sessions. */
@Path("/api/v1/me/upcoming")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyUpcomingResource {

    private final UpcomingService service;

    MyUpcomingResource(UpcomingService service) {
        this.service = service;
    }

    @GET
    public UpcomingList upcoming(@QueryParam("limit") String limit) {
        return service.upcoming(Limit.parse(limit, 10, 50, "violation.limit-range"));
    }
}
