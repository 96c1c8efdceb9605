package de.klimanetz.attendance;

import de.klimanetz.attendance.dto.AttendanceReportResponse;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.common.web.PersonRef;
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
                       select a.participant_id, count(*) filter (where a.status = 'PRESENT') as present,
                              count(*) filter (where a.status = 'EXCUSED') as excused,
                              min(a.session_date) as first_date, max(a.session_date) as last_date
                         from unnest(cast(:rooms as uuid[]), cast(:dates as date[])) h(room_id, session_date)
                         join session_attendance a on a.room_id = h.room_id and a.session_date = h.session_date
                        group by a.participant_id),
                     -- only people with a record outside one stretch of membership (rare) need their records one by one
                     suspects as materialized (
                       select r.participant_id, r.first_date, r.last_date, p.during
                         from recorded r left join periods p on p.participant_id = r.participant_id
                        where p.during is null or not daterange(r.first_date, r.last_date, '[]') <@ p.during),
                     outside as (
                       select s.participant_id, count(*) as sessions
                         from suspects s
                         join session_attendance a on a.participant_id = s.participant_id
                                                  and a.session_date between s.first_date and s.last_date
                         join unnest(cast(:rooms as uuid[]), cast(:dates as date[])) h(room_id, session_date)
                           on h.room_id = a.room_id and h.session_date = a.session_date
                        where s.during is null or not a.session_date <@ s.during
                        group by s.participant_id)
                select pa.id, pa.display_name, mu.id as municipality_id, mu.name, mu.official_key,
                       coalesce(w.sessions, 0) + coalesce(o.sessions, 0) as sessions,
                       coalesce(r.present, 0) as present, coalesce(r.excused, 0) as excused
                  from recorded r
                  full join held_while_member w on w.participant_id = r.participant_id
                  left join outside o on o.participant_id = r.participant_id
                  -- a thousand lookups by key, not a scan of every participant (offset 0 keeps the planner from flattening it)
                  join lateral (select p.id, p.display_name, p.municipality_id from participant p
                                 where p.id = coalesce(r.participant_id, w.participant_id) offset 0) pa on true
                  left join municipality mu on mu.id = pa.municipality_id
                 where coalesce(w.sessions, 0) + coalesce(o.sessions, 0) > 0
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
