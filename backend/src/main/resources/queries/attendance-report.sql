-- The attendance report (GET /networks/{id}/attendance-report), aggregated in the database: per
-- person the sessions held while a member (or with a record), present and excused.
-- :rooms/:dates are the held sessions (computed from the schedules), :sorted their dates in order.
-- Read by AttendanceReportRepository, and by make bench, which runs it in pgbench beside the API.
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
 order by pa.display_name collate "de-DE-x-icu", pa.id
