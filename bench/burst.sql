-- The registration burst of `make bench` and scripts/two-instances.sh: a network "Lastprobe" whose
-- members are the burst users (Keycloak accounts lastprobe-001.. created by bench.py with the ids
-- below, so their tokens' subject finds these participants), and fresh events for one round.
--   psql -v users=500 -v round=demo -v events=4 -v capacity=30 -f burst.sql
-- Prints the ids of the round's events, comma-separated. Deterministic ids (MD5 of a name).
\set ON_ERROR_STOP on
\if :{?users} \else \set users 500 \endif
\if :{?events} \else \set events 4 \endif
\if :{?capacity} \else \set capacity 30 \endif
set client_min_messages = warning;
begin;
insert into network (id, name, description, region, organizer_name, organizer_contact_email, eligibility, created_at, updated_at)
values (md5('bench:burst-network')::uuid, 'Lastprobe', 'Netzwerk der Lastprobe von make bench.', 'Bund',
        'Klimanetz-Betrieb', 'betrieb@klimanetz.example', 'Lastprobe.', now(), now())
on conflict (id) do nothing;

insert into participant (id, subject, display_name, email, email_verified, created_at, updated_at)
select md5('bench:burst-participant:' || i)::uuid, md5('bench:keycloak-user:' || i)::uuid::text,
       'Lastprobe ' || lpad(i::text, 3, '0'), 'lastprobe-' || lpad(i::text, 3, '0') || '@kommune.example', true, now(), now()
  from generate_series(1, :users) i
on conflict (id) do nothing;

insert into network_membership (id, network_id, participant_id, role, state, since, created_at, updated_at)
select md5('bench:burst-membership:' || i)::uuid, md5('bench:burst-network')::uuid, md5('bench:burst-participant:' || i)::uuid,
       'MEMBER', 'ACTIVE', current_date - 30, now(), now()
  from generate_series(1, :users) i
on conflict (id) do nothing;

insert into event (id, network_id, title, status, starts_at, ends_at, venue_name, venue_city, capacity, materials,
                   created_at, updated_at, version)
select md5('bench:burst-event:' || :'round' || ':' || k)::uuid, md5('bench:burst-network')::uuid,
       'Lastprobe ' || :'round' || ' ' || k, 'PUBLISHED', current_date + 60 + time '10:00', current_date + 60 + time '16:00',
       'Rathaus', 'Unna', :capacity, '[]', now(), now(), 0
  from generate_series(0, :events) k  -- event 0: for pgbench's registration script
on conflict (id) do nothing;
commit;
\pset tuples_only on
\pset format unaligned
select string_agg(md5('bench:burst-event:' || :'round' || ':' || k)::uuid::text, ',' order by k) from generate_series(1, :events) k;
