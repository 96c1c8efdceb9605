package de.klimanetz.event;

import de.klimanetz.common.concurrency.Gate;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.paging.PagedResponses;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.CsvNegotiation;
import de.klimanetz.event.dto.EventAttendanceRequest;
import de.klimanetz.event.dto.EventRequest;
import de.klimanetz.event.dto.RegistrationRequest;
import de.klimanetz.event.dto.RegistrationUpdate;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** One event, its registrations and its exports. */
@Path("/api/v1/events/{eventId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class EventResource {


    private final EventService events;
    private final RegistrationService registrations;
    private final EventExports exports;
    /** A rush on one event's seats queues here, in arrival order, not in the connection pool. */
    private final Gate perEvent = Gate.onePerKey();

    EventResource(EventService events, RegistrationService registrations, EventExports exports) {
        this.events = events;
        this.registrations = registrations;
        this.exports = exports;
    }

    @GET
    public Response get(@PathParam("eventId") UUID eventId) {
        EventService.Read event = events.get(eventId);
        return Response.ok(event.body()).tag(EntityTags.of(event.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("eventId") UUID eventId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull EventRequest request) {
        EventService.Read event = events.update(eventId, ifMatch, request);
        return Response.ok(event.body()).tag(EntityTags.of(event.version())).build();
    }

    @DELETE
    public Response delete(@PathParam("eventId") UUID eventId) {
        events.delete(eventId);
        return Response.noContent().build();
    }

    @GET
    @Path("/registrations")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response registrations(@PathParam("eventId") UUID eventId, @QueryParam("status") RegistrationStatus status,
                                  @QueryParam("page") String page, @QueryParam("size") String size, HttpHeaders headers, UriInfo uri) {
        if (CsvNegotiation.wantsCsv(headers)) {
            EventExports.Csv csv = exports.csv(eventId);
            return Response.ok(csv.body(), CsvNegotiation.CSV_UTF8)
                    .header("Content-Disposition", "attachment; filename=\"" + csv.filename() + "\"").build();
        }
        PageRequest request = PageRequest.parse(page, size);
        return PagedResponses.ok(registrations.list(eventId, status, request), uri);
    }

    @POST
    @Path("/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("eventId") UUID eventId, @Valid @NotNull RegistrationRequest request, UriInfo uri) {
        UUID id = eventId;
        RegistrationService.Outcome outcome = perEvent.run(id, () -> registrations.register(id, request));
        if (!outcome.created()) {
            return Response.ok(outcome.body()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.body().id().toString()).build())
                .entity(outcome.body()).build();
    }

    @GET
    @Path("/registrations/me")
    public Response mine(@PathParam("eventId") UUID eventId) {
        return Response.ok(registrations.mine(eventId)).build();
    }

    @PUT
    @Path("/registrations/{registrationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateRegistration(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId,
                                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RegistrationUpdate update) {
        return Response.ok(registrations.update(eventId, registrationId,
                ifMatch, update)).build();
    }

    @DELETE
    @Path("/registrations/{registrationId}")
    public Response cancel(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId) {
        registrations.cancel(eventId, registrationId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/registrations/{registrationId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attendance(@PathParam("eventId") UUID eventId, @PathParam("registrationId") UUID registrationId,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull EventAttendanceRequest request) {
        return Response.ok(registrations.attendance(eventId, registrationId,
                ifMatch, request)).build();
    }

    @GET
    @Path("/sign-in-sheet.pdf")
    @Produces("application/pdf")
    public Response signInSheet(@PathParam("eventId") UUID eventId) {
        EventExports.Pdf pdf = exports.signInSheet(eventId);
        return Response.ok(pdf.body(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.filename() + "\"").build();
    }
}
