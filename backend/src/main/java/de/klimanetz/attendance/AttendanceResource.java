package de.klimanetz.attendance;

import java.time.LocalDate;
import java.util.UUID;
import de.klimanetz.common.idempotency.IdempotentPost;
import de.klimanetz.attendance.dto.AttendanceRequest;
import de.klimanetz.attendance.dto.MyAttendanceResponse;
import de.klimanetz.common.web.EntityTags;
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
    public Response sheet(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date) {
        AttendanceService.Sheet sheet = service.sheet(roomId, date);
        return Response.ok(sheet.body()).tag(EntityTags.of(sheet.revision())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AttendanceRequest request) {
        AttendanceService.Sheet sheet = service.record(roomId, date,
                ifMatch, request);
        return Response.ok(sheet.body()).tag(EntityTags.of(sheet.revision())).build();
    }

    @POST
    @Path("/me")
    public MyAttendanceResponse checkIn(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date) {
        return own(service.checkIn(roomId, date));
    }

    @POST
    @Path("/me/excuse")
    public MyAttendanceResponse excuse(@PathParam("roomId") UUID roomId, @PathParam("date") LocalDate date) {
        return own(service.excuse(roomId, date));
    }

    private static MyAttendanceResponse own(AttendanceService.Own own) {
        return new MyAttendanceResponse(own.date(), own.status(), own.recordedAt());
    }
}
