package de.klimanetz.calendar;

import de.klimanetz.common.error.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * A person's calendar subscription. No login: calendar apps cannot do OpenID Connect, so the
 * unguessable token in the address is the credential.
 */
@Path("/api/v1/calendar/{token}.ics")
public class PersonalCalendarResource {

    private final CalendarService calendars;
    private final CalendarFeedService feeds;

    PersonalCalendarResource(CalendarService calendars, CalendarFeedService feeds) {
        this.calendars = calendars;
        this.feeds = feeds;
    }

    @GET
    @Produces(CalendarResponses.ICALENDAR)
    public Response personal(@PathParam("token") String token) {
        return feeds.ownerOf(token)
                .map(participantId -> CalendarResponses.ok(calendars.ofParticipant(participantId), "klimanetz.ics"))
                .orElseThrow(() -> ProblemException.notFound("detail.calendar-feed-not-found"));
    }
}
