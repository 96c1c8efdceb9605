package de.klimanetz.attendance;

import de.klimanetz.attendance.dto.AttendanceReportResponse;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.onlineroom.dto.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
 * that day. Per person: the records of held sessions (present, excused, the rest absent), plus
 * the held sessions during their membership periods (merged into one multirange, counted by
 * binary search over the sorted dates with width_bucket), minus the records that lie in a period,
 * which the two sums would otherwise count twice. The records come from
 * session_attendance_report_idx alone.
 */
@ApplicationScoped
public class AttendanceReportRepository {

    /** One held session: a room's occurrence that was not cancelled and has begun. */
    public record Held(UUID roomId, LocalDate date) {
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
        List<Object[]> rows = em.createNativeQuery("""
                with periods as (
                       select m.participant_id, range_agg(daterange(m.since, m.left_on, '[)')) as during
                         from network_membership m
                        where m.network_id = :network and m.state <> 'PENDING' and m.participant_id is not null
                          and m.since <= :to and (m.left_on is null or m.left_on > :from)
                        group by m.participant_id),
                     held_while_member as (
                       select p.participant_id,
                              sum(width_bucket(coalesce(upper(r) - 1, cast(:to as date)), cast(:sorted as date[]))
                                  - width_bucket(lower(r) - 1, cast(:sorted as date[]))) as sessions
                         from periods p cross join lateral unnest(p.during) r
                        group by p.participant_id),
                     recorded as (
                       select a.participant_id, count(*) as recorded,
                              count(*) filter (where a.session_date <@ p.during) as recorded_while_member,
                              count(*) filter (where a.status = 'PRESENT') as present,
                              count(*) filter (where a.status = 'EXCUSED') as excused
                         from unnest(cast(:rooms as uuid[]), cast(:dates as date[])) h(room_id, session_date)
                         join session_attendance a on a.room_id = h.room_id and a.session_date = h.session_date
                         left join periods p on p.participant_id = a.participant_id
                        group by a.participant_id)
                select pa.id, pa.display_name, mu.id as municipality_id, mu.name, mu.official_key,
                       coalesce(w.sessions, 0) + coalesce(r.recorded, 0) - coalesce(r.recorded_while_member, 0) as sessions,
                       coalesce(r.present, 0) as present, coalesce(r.excused, 0) as excused
                  from recorded r
                  full join held_while_member w on w.participant_id = r.participant_id
                  join participant pa on pa.id = coalesce(r.participant_id, w.participant_id)
                  left join municipality mu on mu.id = pa.municipality_id
                 where coalesce(w.sessions, 0) + coalesce(r.recorded, 0) - coalesce(r.recorded_while_member, 0) > 0
                 order by pa.display_name collate "de-DE-x-icu", pa.id""")
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
