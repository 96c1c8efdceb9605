-- GET /me/memberships: the caller and their memberships with the networks' names
select id, subject, display_name, email, email_verified, municipality_id, language, version from participant where subject = :subject;
select m.id, m.network_id, n.name, m.role, m.state, m.since, m.left_on, m.version
  from network_membership m join network n on n.id = m.network_id
 where m.participant_id = :participant
 order by n.name, m.since;
