-- GET /networks/{id}/attendance-report over two years: the rooms' schedules, the cancelled
-- sessions, and per person the sessions held while a member (or with a record), present, excused.
-- :held_rooms/:held_dates are the held sessions the API computes from the schedules (bench.py
-- computes the same list), :held_sorted their dates in order.
-- the caller by the token's subject, then the network with the caller's role in it
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select s.* from online_room_schedule s where s.room_id in (select r.id from online_room r where r.network_id = :network);
select o.* from online_session o
 where o.room_id in (select r.id from online_room r where r.network_id = :network) and o.session_date between :from and :to;
with periods as (
       select m.participant_id, range_agg(daterange(m.since, m.left_on, '[)')) as during
         from network_membership m
        where m.network_id = :network and m.state <> 'PENDING' and m.participant_id is not null
          and m.since <= :to and (m.left_on is null or m.left_on > :from)
        group by m.participant_id),
     held_while_member as (
       select p.participant_id,
              sum(width_bucket(coalesce(upper(r) - 1, cast(:to as date)), cast(:held_sorted as date[]))
                  - width_bucket(lower(r) - 1, cast(:held_sorted as date[]))) as sessions
         from periods p cross join lateral unnest(p.during) r
        group by p.participant_id),
     recorded as (
       select a.participant_id, count(*) as recorded,
              count(*) filter (where a.session_date <@ p.during) as recorded_while_member,
              count(*) filter (where a.status = 'PRESENT') as present,
              count(*) filter (where a.status = 'EXCUSED') as excused
         from unnest(cast(:held_rooms as uuid[]), cast(:held_dates as date[])) h(room_id, session_date)
         join session_attendance a on a.room_id = h.room_id and a.session_date = h.session_date
         left join periods p on p.participant_id = a.participant_id
        group by a.participant_id)
select pa.id, pa.display_name, mu.id, mu.name, mu.official_key,
       coalesce(w.sessions, 0) + coalesce(r.recorded, 0) - coalesce(r.recorded_while_member, 0),
       coalesce(r.present, 0), coalesce(r.excused, 0)
  from recorded r
  full join held_while_member w on w.participant_id = r.participant_id
  join participant pa on pa.id = coalesce(r.participant_id, w.participant_id)
  left join municipality mu on mu.id = pa.municipality_id
 where coalesce(w.sessions, 0) + coalesce(r.recorded, 0) - coalesce(r.recorded_while_member, 0) > 0
 order by pa.display_name collate "de-DE-x-icu", pa.id;
