package de.klimanetz.calendar;

import java.util.UUID;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** A network's online rooms as iCalendar, for the network's readers. */
@Path("/api/v1/networks/{id}/calendar.ics")
@Authenticated
public class NetworkCalendarResource {

    private final CalendarService calendars;

    NetworkCalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Produces(CalendarResponses.ICALENDAR)
    public Response network(@PathParam("id") UUID id) {
        return CalendarResponses.ok(calendars.ofNetwork(id), "klimanetz-netzwerk.ics");
    }
}
