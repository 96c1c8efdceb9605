package de.klimanetz.onlineroom;

import de.klimanetz.common.web.Versioned;
import java.util.UUID;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.onlineroom.dto.MinutesRequest;
import de.klimanetz.onlineroom.dto.MinutesResponse;
import de.klimanetz.onlineroom.dto.OnlineRoomRequest;
import de.klimanetz.onlineroom.dto.SessionRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One online room, its sessions and their minutes. */
@Path("/api/v1/online-rooms/{roomId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OnlineRoomResource {

    private final OnlineRoomService rooms;
    private final SessionService sessions;
    private final MinutesService minutes;

    OnlineRoomResource(OnlineRoomService rooms, SessionService sessions, MinutesService minutes) {
        this.rooms = rooms;
        this.sessions = sessions;
        this.minutes = minutes;
    }

    @GET
    public Response get(@PathParam("roomId") UUID roomId) {
        OnlineRoomService.Read room = rooms.get(roomId);
        return Response.ok(room.body()).tag(EntityTags.of(room.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("roomId") UUID roomId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull OnlineRoomRequest request) {
        OnlineRoomService.Read room = rooms.update(roomId, ifMatch, request);
        return Response.ok(room.body()).tag(EntityTags.of(room.version())).build();
    }

    @DELETE
    public Response close(@PathParam("roomId") UUID roomId) {
        rooms.close(roomId);
        return Response.noContent().build();
    }

    @GET
    @Path("/sessions")
    public Response sessions(@PathParam("roomId") UUID roomId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return Response.ok(sessions.list(roomId, from, to)).build();
    }

    @GET
    @Path("/sessions/{date}")
    public Response session(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date) {
        SessionView view = sessions.get(roomId, date);
        return Response.ok(OnlineRoomMapper.session(view, OffsetDateTime.now())).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("/sessions/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateSession(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SessionRequest request) {
        SessionView view = sessions.update(roomId, date, ifMatch, request);
        return Response.ok(OnlineRoomMapper.session(view, OffsetDateTime.now())).tag(EntityTags.of(view.version())).build();
    }

    @GET
    @Path("/sessions/{date}/minutes")
    public Response minutes(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date) {
        Versioned<MinutesResponse> entry = minutes.get(roomId, date);
        return Response.ok(entry.body()).tag(EntityTags.of(entry.version())).build();
    }

    @PUT
    @Path("/sessions/{date}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putMinutes(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MinutesRequest request) {
        Versioned<MinutesResponse> entry = minutes.put(roomId, date, ifMatch, request);
        return Response.ok(entry.body()).tag(EntityTags.of(entry.version())).build();
    }
}
