-- GET /networks/{id}/attendance-report over two years: the rooms' schedules, the cancelled
-- sessions, and per person the sessions held while a member (or with a record), present, excused.
-- :rooms/:dates are the held sessions the API computes from the schedules (bench.py computes the
-- same list), :sorted their dates in order. The report's statement itself is the API's own file.
-- the caller by the token's subject, then the network with the caller's role in it
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select s.* from online_room_schedule s where s.room_id in (select r.id from online_room r where r.network_id = :network);
select o.* from online_session o
 where o.room_id in (select r.id from online_room r where r.network_id = :network) and o.session_date between :from and :to;
-- include: backend/src/main/resources/queries/attendance-report.sql
