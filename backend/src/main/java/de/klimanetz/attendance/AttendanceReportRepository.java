package de.klimanetz.attendance;

import de.klimanetz.attendance.dto.AttendanceReportResponse;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.common.web.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The attendance report's counts per person, aggregated by PostgreSQL in one statement from the
 * list of held sessions (which only the schedules in Java know): no attendance row reaches Java.
 *
 * <p>A held session counts for a person when they have a record for it, or when they were a member
 * that day. Per person: the held sessions during their membership periods (merged into one
 * multirange, counted by binary search over the sorted dates with width_bucket), plus the records
 * of held sessions outside those periods; present and excused from the records, the rest absent.
 * The records are only aggregated (from session_attendance_report_idx alone), never joined to the
 * periods one by one: only for the few people whose records do not all lie within one stretch of
 * membership are they looked at again, one by one (session_attendance_participant_idx).
 */
@ApplicationScoped
public class AttendanceReportRepository {

    /** One held session: a room's occurrence that was not cancelled and has begun. */
    public record Held(UUID roomId, LocalDate date) {
    }

    /** In a file of its own, so that make bench runs exactly this statement in pgbench. */
    private static final String REPORT_SQL = readQuery("queries/attendance-report.sql");

    private static String readQuery(String resource) {
        try (InputStream in = AttendanceReportRepository.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final EntityManager em;

    AttendanceReportRepository(EntityManager em) {
        this.em = em;
    }

    public List<AttendanceReportResponse.Row> rows(UUID networkId, LocalDate from, LocalDate to, List<Held> held) {
        if (held.isEmpty()) {
            return List.of();
        }
        String rooms = held.stream().map(h -> h.roomId().toString()).collect(Collectors.joining(",", "{", "}"));
        String dates = held.stream().map(h -> h.date().toString()).collect(Collectors.joining(",", "{", "}"));
        String sortedDates = held.stream().map(Held::date).sorted(Comparator.naturalOrder()).map(LocalDate::toString)
                .collect(Collectors.joining(",", "{", "}"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REPORT_SQL)
                .setParameter("network", networkId).setParameter("from", from).setParameter("to", to)
                .setParameter("sorted", sortedDates).setParameter("rooms", rooms).setParameter("dates", dates)
                .getResultList();
        return rows.stream().map(row -> {
            int sessions = ((Number) row[5]).intValue();
            int present = ((Number) row[6]).intValue();
            int excused = ((Number) row[7]).intValue();
            MunicipalityRef municipality = row[2] == null ? null : new MunicipalityRef((UUID) row[2], (String) row[3], (String) row[4]);
            return new AttendanceReportResponse.Row(new PersonRef((UUID) row[0], (String) row[1]), municipality,
                    sessions, present, excused, sessions - present - excused);
        }).toList();
    }
}
