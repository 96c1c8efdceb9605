package de.klimanetz.attendance;

import java.util.UUID;
import java.time.LocalDate;
import de.klimanetz.attendance.dto.AttendanceReportResponse;
import de.klimanetz.common.web.CsvNegotiation;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Attendance of a network's online sessions per person, as JSON or as CSV for spreadsheets. */
@Path("/api/v1/networks/{id}/attendance-report")
@Authenticated
public class AttendanceReportResource {


    private final AttendanceReportService service;

    AttendanceReportResource(AttendanceReportService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response report(@PathParam("id") UUID id, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           HttpHeaders headers) {
        AttendanceReportResponse report = service.report(id, from, to);
        if (!CsvNegotiation.wantsCsv(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(AttendanceCsv.write(report), CsvNegotiation.CSV_UTF8)
                .header("Content-Disposition", "attachment; filename=\"anwesenheit-" + report.from() + "-" + report.to() + ".csv\"")
                .build();
    }
}
