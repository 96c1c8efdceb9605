package de.klimanetz.changes;

import java.util.UUID;
import de.klimanetz.changes.dto.ChangePage;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The change feed: what happened since a cursor, oldest first. */
@Path("/api/v1/changes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    public Response read(@QueryParam("after") String after, @QueryParam("types") String types,
                         @QueryParam("networkId") UUID networkId, @QueryParam("limit") String limit, UriInfo uri) {
        ChangePage page = feed.read(after, types, networkId, limit);
        URI next = uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build();
        String reference = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
        // Always a next link: with nothing new it is the same cursor, to ask again later.
        return Response.ok(page).header("Link", Link.fromUri(reference).rel("next").build().toString())
                .header("Cache-Control", "no-store").build();
    }
}
