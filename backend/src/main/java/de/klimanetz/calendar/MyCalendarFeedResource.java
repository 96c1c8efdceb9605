package de.klimanetz.calendar;

import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.error.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;

/** The caller's personal calendar subscription. */
@Path("/api/v1/me/calendar-feed")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class MyCalendarFeedResource {

    private final CalendarFeedService feeds;

    MyCalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    public record FeedStatus(OffsetDateTime createdAt) {
    }

    public record NewFeed(String url, OffsetDateTime createdAt) {
    }

    @GET
    public FeedStatus get() {
        return feeds.mine().map(feed -> new FeedStatus(feed.createdAt))
                .orElseThrow(() -> ProblemException.notFound("detail.no-calendar-feed"));
    }

    @POST
    public Response create(UriInfo uri) {
        CalendarFeedService.Created created = feeds.create();
        String url = uri.getBaseUriBuilder().path("api/v1/calendar").path(created.token() + ".ics").build().toString();
        return Response.status(Response.Status.CREATED).entity(new NewFeed(url, created.feed().createdAt)).build();
    }

    @DELETE
    public Response revoke() {
        feeds.revoke();
        return Response.noContent().build();
    }
}
