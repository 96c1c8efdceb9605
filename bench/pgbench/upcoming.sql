-- GET /me/upcoming: the caller with their networks, the rooms' schedules, the state of the next
-- sessions (changes, published minutes, own attendance), and the next events with the own registration
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, n.name from network_membership m join network n on n.id = m.network_id
 where m.participant_id = :participant and m.state = 'ACTIVE';
select r.id, r.network_id, r.title, r.join_url, r.access_code, r.dial_in, s.start_date, s.start_time, s.duration_minutes, s.time_zone, s.rrule
  from online_room r join online_room_schedule s on s.room_id = r.id
 where r.network_id in (select network_id from network_membership where participant_id = :participant and state = 'ACTIVE')
   and r.closed_at is null;
select 'O', o.room_id, o.session_date, o.cancelled::text, o.topic from online_session o
 where o.room_id in (select r.id from online_room r join network_membership m on m.network_id = r.network_id
                      where m.participant_id = :participant and m.state = 'ACTIVE' and r.closed_at is null)
   and o.session_date between :from and :to
union all
select 'M', s.room_id, s.session_date, null, null from session_minutes s
 where s.room_id in (select r.id from online_room r join network_membership m on m.network_id = r.network_id
                      where m.participant_id = :participant and m.state = 'ACTIVE' and r.closed_at is null)
   and s.session_date between :from and :to and s.status = 'PUBLISHED'
union all
select 'A', a.room_id, a.session_date, a.status, null from session_attendance a
 where a.participant_id = :participant and a.session_date between :from and :to;
select e.id, e.network_id, e.title, e.status, e.starts_at, e.ends_at, e.venue_name, e.venue_city, g.id, g.status,
       case when g.status = 'WAITLISTED' then (select count(*) from registration w where w.event_id = e.id
                                                and w.status = 'WAITLISTED' and w.arrival <= g.arrival) end
  from event e
  left join registration g on g.event_id = e.id and g.participant_id = :participant and g.status <> 'CANCELLED'
 where e.network_id in (select network_id from network_membership where participant_id = :participant and state = 'ACTIVE')
   and e.status <> 'DRAFT' and e.ends_at > now()
 order by e.starts_at, e.title
 limit 10;
