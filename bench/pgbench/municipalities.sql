-- GET /municipalities?q=unna: a page of 20 names containing the text (prefix matches first, German
-- order) with their Kreis, and the count, through the trigram index as the API does; the caller's profile is not needed
select m.id, m.name, m.kind, m.official_key, m.federal_state, m.version, k.id, k.name, k.official_key
  from municipality m left join municipality k on k.id = m.parent_id
 where klimanetz_fold(m.name) like '%unna%'
 order by klimanetz_fold(m.name) like 'unna%' desc, m.name collate "de-DE-x-icu", m.id
 limit 20;
select count(*) from municipality m where klimanetz_fold(m.name) like '%unna%';
