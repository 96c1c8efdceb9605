-- GET /networks/{id}/members?sort=name: a page of 20 active members in German order, and the count
-- the caller by the token's subject, then the network with the caller's role in it
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select p.id, p.display_name, p.job_title, mu.id, mu.name, mu.official_key, mu.kind, coalesce(c.status, 'NOT_STARTED'),
       p.in_office_since, p.in_office_since > current_date - interval '6 months', p.topics, m.role, m.since,
       case when p.show_email then p.email end, case when p.show_phone then p.phone end, m.version
  from network_membership m
  join participant p on p.id = m.participant_id
  left join municipality mu on mu.id = p.municipality_id
  left join climate_concept c on c.municipality_id = mu.id
 where m.network_id = :network and m.state = 'ACTIVE'
 order by m.sort_name, m.participant_id
 limit 20 offset 0;
select count(*) from network_membership m where m.network_id = :network and m.state = 'ACTIVE';
