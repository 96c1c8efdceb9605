package de.klimanetz.attendance;

import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.attendance.dto.AttendanceRequest;
import de.klimanetz.attendance.dto.MyAttendanceResponse;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Ids;
import de.klimanetz.onlineroom.OnlineRoomResource;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The attendance list of one session. */
@Path("/api/v1/online-rooms/{roomId}/sessions/{date}/attendance")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@IdempotentPost
public class AttendanceResource {

    private final AttendanceService service;

    AttendanceResource(AttendanceService service) {
        this.service = service;
    }

    @GET
    public Response sheet(@PathParam("roomId") String roomId, @PathParam("date") String date) {
        AttendanceService.Sheet sheet = service.sheet(Ids.parse("roomId", roomId), OnlineRoomResource.sessionDate(date));
        return Response.ok(sheet.body()).tag(EntityTags.of(sheet.revision())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("roomId") String roomId, @PathParam("date") String date,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AttendanceRequest request) {
        AttendanceService.Sheet sheet = service.record(Ids.parse("roomId", roomId), OnlineRoomResource.sessionDate(date),
                ifMatch, request);
        return Response.ok(sheet.body()).tag(EntityTags.of(sheet.revision())).build();
    }

    @POST
    @Path("/me")
    public MyAttendanceResponse checkIn(@PathParam("roomId") String roomId, @PathParam("date") String date) {
        return own(service.checkIn(Ids.parse("roomId", roomId), OnlineRoomResource.sessionDate(date)));
    }

    @POST
    @Path("/me/excuse")
    public MyAttendanceResponse excuse(@PathParam("roomId") String roomId, @PathParam("date") String date) {
        return own(service.excuse(Ids.parse("roomId", roomId), OnlineRoomResource.sessionDate(date)));
    }

    private static MyAttendanceResponse own(AttendanceService.Own own) {
        return new MyAttendanceResponse(own.date(), own.status(), own.recordedAt());
    }
}
