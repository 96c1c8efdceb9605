-- GET /networks/{id}/stats: members by kind of municipality and by concept status, and the newcomers
-- the caller by the token's subject, then the network with the caller's role in it
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select n.id, m.role from network n
  left join network_membership m on m.network_id = n.id and m.participant_id = :participant and m.state = 'ACTIVE'
 where n.id = :network;
select coalesce(mu.kind, 'NONE'), coalesce(c.status, 'NOT_STARTED'), count(*), count(distinct mu.id),
       count(*) filter (where p.in_office_since > current_date - interval '6 months')
  from network_membership m join participant p on p.id = m.participant_id
  left join municipality mu on mu.id = p.municipality_id
  left join climate_concept c on c.municipality_id = mu.id
 where m.network_id = :network and m.state = 'ACTIVE'
 group by 1, 2;
select p.id, p.display_name, mu.name, p.in_office_since
  from network_membership m join participant p on p.id = m.participant_id
  left join municipality mu on mu.id = p.municipality_id
 where m.network_id = :network and m.state = 'ACTIVE' and p.in_office_since > current_date - interval '6 months'
 order by p.in_office_since desc, p.display_name collate "de-DE-x-icu"
 limit 10;
