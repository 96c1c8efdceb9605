-- GET /online-rooms/{id}/sessions for three months: the room with its schedule, the caller and
-- their role in the room's network, the state of the sessions (changes, published minutes, own attendance)
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select r.id, r.network_id, r.closed_at, s.start_date, s.start_time, s.duration_minutes, s.time_zone, s.rrule
  from online_room r left join online_room_schedule s on s.room_id = r.id where r.id = :room and r.closed_at is null;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select 'O', o.session_date, o.cancelled::text, o.topic, o.moved_starts_at, o.duration_minutes, o.presenter, o.materials
  from online_session o where o.room_id = :room and o.session_date between :from and :to
union all
select 'M', s.session_date, null, null, null, null, null, null from session_minutes s
 where s.room_id = :room and s.session_date between :from and :to and s.status = 'PUBLISHED'
union all
select 'A', a.session_date, a.status, null, null, null, null, null from session_attendance a
 where a.room_id = :room and a.participant_id = :participant and a.session_date between :from and :to;
