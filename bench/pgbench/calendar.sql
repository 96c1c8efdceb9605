-- GET /networks/{id}/calendar.ics: the rooms with their schedules, the changed sessions of the
-- window, and the network's published and cancelled events
-- the caller by the token's subject, then the network with the caller's role in it
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select r.id, r.title, r.description, r.join_url, r.access_code, r.dial_in, r.calendar_sequence, r.updated_at,
       s.start_date, s.start_time, s.duration_minutes, s.time_zone, s.rrule
  from online_room r join online_room_schedule s on s.room_id = r.id
 where r.network_id = :network and r.closed_at is null;
select o.room_id, o.session_date, o.cancelled, o.moved_starts_at, o.duration_minutes, o.topic
  from online_session o join online_room r on r.id = o.room_id
 where r.network_id = :network and r.closed_at is null and o.session_date between :from and :to;
select e.id, e.title, e.description, e.status, e.starts_at, e.ends_at, e.venue_name, e.venue_street, e.venue_postal_code,
       e.venue_city, e.calendar_sequence, e.updated_at
  from event e where e.network_id = :network and e.status <> 'DRAFT' and e.ends_at >= :from;
