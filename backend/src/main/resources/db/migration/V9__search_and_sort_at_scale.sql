-- Search and sort at Germany scale (issue 11): ~11,000 municipalities, tens of thousands of
-- participants, networks of a thousand members, a million attendance records.

-- Substring search by trigram index, without regard to case and accents ("arzen" finds "Ärzen",
-- "muller" finds "Müller"). Both extensions are "trusted": the database owner may create them.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- What search compares: lower case without accents. unaccent() is only STABLE (its dictionary could
-- change); naming the dictionary makes the result fixed, so an index may use it.
create function klimanetz_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- A person's topics as one text, for the trigram index (each topic is still checked on its own).
create function klimanetz_topics(text[]) returns text
    language sql immutable strict parallel safe
    as $$ select array_to_string($1, E'\n') $$;

create index municipality_name_trgm_idx on municipality using gin (klimanetz_fold(name) gin_trgm_ops);
create index participant_name_trgm_idx on participant using gin (klimanetz_fold(display_name) gin_trgm_ops);
create index participant_topics_trgm_idx on participant using gin (klimanetz_fold(klimanetz_topics(topics)) gin_trgm_ops);

-- Names sort in German order (Ä with A, not after Z): the ICU collation of the PostgreSQL binaries.
create index municipality_name_de_idx on municipality ((name collate "de-DE-x-icu"), id);
drop index municipality_name_id_idx;
drop index municipality_name_prefix_idx;

-- A network's directory in name order is read a page at a time from an index, whatever the size
-- of the network: each membership carries its person's name, kept in step by two triggers.
alter table network_membership add column sort_name varchar(200) collate "de-DE-x-icu";
update network_membership m set sort_name = p.display_name from participant p where p.id = m.participant_id;
create index network_membership_directory_idx on network_membership (network_id, sort_name, participant_id) where state = 'ACTIVE';

create function network_membership_sort_name() returns trigger language plpgsql as $$
begin
    new.sort_name := (select p.display_name from participant p where p.id = new.participant_id);
    return new;
end $$;
create trigger network_membership_sort_name before insert or update of participant_id on network_membership
    for each row execute function network_membership_sort_name();

create function participant_name_to_memberships() returns trigger language plpgsql as $$
begin
    update network_membership set sort_name = new.display_name where participant_id = new.id;
    return null;
end $$;
create trigger participant_name_to_memberships after update of display_name on participant
    for each row when (old.display_name is distinct from new.display_name) execute function participant_name_to_memberships();

-- The attendance report reads (room, date) -> (person, status) for every held session from the
-- index alone.
create index session_attendance_report_idx on session_attendance (room_id, session_date) include (participant_id, status);
