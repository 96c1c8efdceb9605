-- GET /networks/{id}/events?when=upcoming: count, a page of 20 with host and seats, the agenda
-- items with their sign-up counts, the caller's registrations with the waitlist position
-- the caller by the token's subject, then the network with the caller's role in it
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select count(*) from event e where e.network_id = :network and e.status <> 'DRAFT' and e.ends_at >= now();
select e.*, hm.name, hm.official_key, hp.display_name,
       (select count(*) from registration r where r.event_id = e.id and r.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW')),
       (select count(*) from registration r where r.event_id = e.id and r.status = 'WAITLISTED')
  from event e
  left join municipality hm on hm.id = e.host_municipality_id
  left join participant hp on hp.id = e.host_participant_id
 where e.network_id = :network and e.status <> 'DRAFT' and e.ends_at >= now()
 order by e.starts_at, e.id
 limit 20 offset 0;
select a.*, (select count(*) from agenda_sign_up s where s.agenda_item_id = a.id and s.status = 'CONFIRMED'),
            (select count(*) from agenda_sign_up s where s.agenda_item_id = a.id and s.status = 'WAITLISTED')
  from agenda_item a
 where a.event_id in (select e.id from event e where e.network_id = :network and e.status <> 'DRAFT' and e.ends_at >= now()
                       order by e.starts_at, e.id limit 20)
 order by a.event_id, a.position;
select g.id, g.event_id, g.status,
       case when g.status = 'WAITLISTED' then (select count(*) from registration w where w.event_id = g.event_id
                                                and w.status = 'WAITLISTED' and w.arrival <= g.arrival) end
  from registration g
 where g.participant_id = :participant and g.status <> 'CANCELLED'
   and g.event_id in (select e.id from event e where e.network_id = :network and e.status <> 'DRAFT' and e.ends_at >= now()
                       order by e.starts_at, e.id limit 20);
