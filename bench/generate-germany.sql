-- Germany-scale data on top of the demo data, for `make bench` (BENCH_SCALE=germany).
--
-- Deterministic: every id is the MD5 of a name ("bench:participant:17"), every choice a hash of
-- such a name, so two runs on the same day give the same rows (dates are relative to today, like
-- the demo data's). Scale-parameterised through psql variables (defaults below = Germany):
--
--   psql -v ON_ERROR_STOP=1 -v kreise_per_state=25 -v participants=20000 ... -f generate-germany.sql
--
-- What it adds (issue 11): ~11,000 municipalities (Kreise, kreisangehörige Gemeinden and Städte,
-- kreisfreie Städte of all 16 states), 20,000 participants, 99 networks beside the NRW network,
-- the NRW network and four others at 1,000 members, the rest at 120-260, a biweekly online room
-- per network with two years of attendance for every member (~1.09 M rows), published minutes,
-- 30 events per network with agendas, excursion sign-ups and ~90,000 registrations.
\set ON_ERROR_STOP on
\if :{?kreise_per_state} \else \set kreise_per_state 25 \endif
\if :{?participants} \else \set participants 20000 \endif
\if :{?networks} \else \set networks 99 \endif
\if :{?big_networks} \else \set big_networks 4 \endif
\if :{?big_size} \else \set big_size 1000 \endif
\if :{?attendance_days} \else \set attendance_days 730 \endif
\if :{?events_per_network} \else \set events_per_network 30 \endif
\if :{?registrations_per_event} \else \set registrations_per_event 32 \endif

\timing off
set client_min_messages = warning;
begin;

-- h(seed): a stable 48-bit number from a text; uid(seed): a stable UUID
create function pg_temp.h(text) returns bigint language sql immutable as
  $$ select ('x' || substr(md5($1), 1, 12))::bit(48)::bigint $$;
create function pg_temp.uid(text) returns uuid language sql immutable as $$ select md5($1)::uuid $$;
create function pg_temp.pick(text[], text) returns text language sql immutable as
  $$ select $1[1 + pg_temp.h($2) % array_length($1, 1)] $$;

-- ------------------------------------------------------------ municipalities
-- Keys with region digit 0 (e.g. 09012, 09012017): no NRW key of the demo data has one.
create temporary table bench_state (code text, st text) on commit drop;
insert into bench_state values ('01','SH'),('02','HH'),('03','NI'),('04','HB'),('05','NW'),('06','HE'),('07','RP'),('08','BW'),
  ('09','BY'),('10','SL'),('11','BE'),('12','BB'),('13','MV'),('14','SN'),('15','ST'),('16','TH');

create temporary table bench_town_parts on commit drop as select
  array['', '', '', '', '', 'Bad ', 'Groß ', 'Klein ', 'Neu', 'Alt', 'Ober', 'Nieder', 'Sankt ', 'Hohen', 'Markt ']::text[] as prefixes,
  array['Ahl', 'Brunn', 'Dülmen', 'Ehren', 'Fröndenberg', 'Gütersloh', 'Hamm', 'Iser', 'Jöllen', 'Kamen', 'Lünen', 'Marl',
        'Nörvenich', 'Oelde', 'Paderborn', 'Quern', 'Ratingen', 'Schwelm', 'Telgte', 'Unna', 'Vreden', 'Werl', 'Xanten',
        'Zülpich', 'Ärzen', 'Ölsnitz', 'Übach', 'Eßlingen', 'Ahaus', 'Bocholt', 'Coesfeld', 'Datteln', 'Emsdetten',
        'Freuden', 'Greven', 'Haltern', 'Ibben', 'Kirchen', 'Laer', 'Menden', 'Neuss', 'Olpe', 'Porta', 'Rheine',
        'Soest', 'Tecklen', 'Uelzen', 'Velbert', 'Warendorf', 'Zwönitz', 'Aachen', 'Bären', 'Celle', 'Dörent', 'Erwitte',
        'Fürsten', 'Gescher', 'Hörstel', 'Isselburg', 'Kalkar', 'Lingen', 'Möhne', 'Nottuln', 'Ochtrup', 'Plön',
        'Rödinghausen', 'Sassen', 'Tönis', 'Überherrn', 'Volk', 'Weißen', 'Zeven']::text[] as stems,
  array['', '', '', 'hausen', 'dorf', 'feld', 'heim', 'stedt', 'berg', 'bach', 'au', 'burg', 'rode', ' am See',
        ' an der Ruhr', ' (Westf.)', 'kirchen', 'ingen']::text[] as suffixes;

create function pg_temp.town(text) returns text language sql stable as $$
  select pg_temp.pick(prefixes, $1 || ':p') || pg_temp.pick(stems, $1 || ':s') || pg_temp.pick(suffixes, $1 || ':x')
    from bench_town_parts $$;

insert into municipality (id, name, kind, official_key, federal_state, parent_id, created_at, updated_at)
select pg_temp.uid('bench:municipality:' || key), 'Kreis ' || pg_temp.town('kreis:' || key), 'KREIS', key, st, null, now(), now()
  from (select s.code || '0' || lpad(k::text, 2, '0') as key, s.st
          from bench_state s, generate_series(1, :kreise_per_state) k) kreise
on conflict (official_key) do nothing;

insert into municipality (id, name, kind, official_key, federal_state, parent_id, created_at, updated_at)
select pg_temp.uid('bench:municipality:' || key), pg_temp.town('gemeinde:' || key),
       case when pg_temp.h('kind:' || key) % 4 = 0 then 'STADT' else 'GEMEINDE' end, key, st, parent, now(), now()
  from (select k.official_key || lpad(g::text, 3, '0') as key, k.federal_state as st, k.id as parent
          from municipality k
          cross join lateral generate_series(1, 20 + (pg_temp.h('size:' || k.official_key) % 14)::int) g
         where k.kind = 'KREIS' and substr(k.official_key, 3, 1) = '0') gemeinden
on conflict (official_key) do nothing;

insert into municipality (id, name, kind, official_key, federal_state, parent_id, created_at, updated_at)
select pg_temp.uid('bench:municipality:' || key), pg_temp.town('stadt:' || key), 'KREISFREIE_STADT', key, st, null, now(), now()
  from (select s.code || '05' || k || '000' as key, s.st from bench_state s, generate_series(1, 7) k) staedte
on conflict (official_key) do nothing;

-- climate concepts for about 40 % of the generated municipalities
insert into climate_concept (municipality_id, status, funding_programme, funding_reference, adopted_on, note, updated_at)
select m.id, s.status, 'Kommunalrichtlinie (NKI)', '67K' || lpad((pg_temp.h('ref:' || m.official_key) % 100000)::text, 5, '0'),
       case when s.status in ('ADOPTED', 'IN_IMPLEMENTATION') then date '2021-01-01' + (pg_temp.h('adopted:' || m.official_key) % 1200)::int end,
       'Lastdaten.', now()
  from municipality m
  cross join lateral (select (array['IN_PREPARATION', 'ADOPTED', 'IN_IMPLEMENTATION'])[1 + pg_temp.h('concept:' || m.official_key) % 3] as status) s
 where m.official_key ~ '^[0-9]{2}0' and pg_temp.h('has-concept:' || m.official_key) % 5 < 2
on conflict (municipality_id) do nothing;

-- the generated municipalities numbered 0..n-1, to pick one by a hash
create temporary table bench_municipality on commit drop as
select (row_number() over (order by official_key) - 1)::int as n, id
  from municipality where official_key ~ '^[0-9]{2}0';
create unique index on bench_municipality (n);

-- ------------------------------------------------------------ participants
create temporary table bench_people_parts on commit drop as select
  array['Anna', 'Änne', 'Ben', 'Björn', 'Clara', 'Deniz', 'Elif', 'Emil', 'Finn', 'Greta', 'Hannah', 'Ilka', 'Jürgen', 'Jonas',
        'Karin', 'Lena', 'Lukas', 'Marie', 'Mehmet', 'Nele', 'Ole', 'Özlem', 'Paul', 'Rieke', 'Sören', 'Sophie', 'Tim',
        'Uwe', 'Vera', 'Wiebke', 'Yusuf', 'Zoë', 'Ömer', 'Ute', 'Frauke', 'Heiner', 'Ingrid', 'Kai', 'Levent', 'Mia']::text[] as first_names,
  array['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch',
        'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann',
        'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann', 'Özdemir', 'Yılmaz', 'Ählers', 'Öztürk', 'Übelacker',
        'Zander', 'Abel', 'Bäcker', 'Çelik', 'Dörr', 'Engel', 'Förster', 'Graf', 'Haas', 'Jäger', 'Kühn', 'Lorenz',
        'Möller', 'Nowak', 'Otto', 'Peters', 'Rößler', 'Sauer', 'Thiel', 'Ulrich', 'Voß', 'Winkler', 'Ziegler']::text[] as last_names,
  array['Klimaschutzmanagerin', 'Klimaschutzmanager', 'Klimaschutzbeauftragte', 'Referent Klimaschutz',
        'Sachgebietsleitung Umwelt', 'Energie- und Klimaschutzmanagerin', 'Mobilitätsmanager']::text[] as jobs,
  array['Wärmeplanung', 'Mobilität', 'Photovoltaik', 'Bürgerbeteiligung', 'Klimaanpassung', 'Fördermittel', 'Energie',
        'Radverkehr', 'Klimaschutzkonzept', 'Carsharing', 'Gebäudesanierung', 'Öffentlichkeitsarbeit', 'Starkregen',
        'Windenergie', 'Beschaffung', 'Ernährung']::text[] as topics;

insert into participant (id, subject, display_name, email, email_verified, job_title, municipality_id, in_office_since, phone,
                         topics, bio, show_email, show_phone, created_at, updated_at)
select pg_temp.uid('bench:participant:' || g), 'bench-participant-' || g,
       pg_temp.pick(first_names, 'first:' || g) || ' ' || pg_temp.pick(last_names, 'last:' || g),
       'person' || g || '@kommune.example', true, pg_temp.pick(jobs, 'job:' || g),
       (select id from bench_municipality where n = pg_temp.h('municipality:' || g) % (select count(*) from bench_municipality)),
       current_date - (20 + pg_temp.h('office:' || g) % 2400)::int,
       case when pg_temp.h('phone:' || g) % 3 = 0 then '+49 2303 ' || (100000 + pg_temp.h('tel:' || g) % 900000) end,
       array_remove(array[pg_temp.pick(topics, 'topic1:' || g),
                          nullif(pg_temp.pick(topics, 'topic2:' || g), pg_temp.pick(topics, 'topic1:' || g))], null),
       case when pg_temp.h('bio:' || g) % 4 = 0 then 'Lastdaten: Profil ' || g || '.' end,
       pg_temp.h('show-email:' || g) % 2 = 0, pg_temp.h('show-phone:' || g) % 4 = 0, now(), now()
  from generate_series(1, :participants) g, bench_people_parts
on conflict (subject) do nothing;

-- ------------------------------------------------------------ networks and memberships
create temporary table bench_regions on commit drop as select array['Münsterland', 'Ostwestfalen-Lippe', 'Ruhrgebiet',
  'Sauerland', 'Niederrhein', 'Eifel', 'Allgäu', 'Oberfranken', 'Emsland', 'Uckermark', 'Vogtland', 'Altmark', 'Breisgau',
  'Odenwald', 'Harz', 'Spreewald', 'Lausitz', 'Rheinhessen', 'Saarland', 'Vorpommern', 'Ostfriesland', 'Hunsrück']::text[] as regions;

insert into network (id, name, description, region, organizer_name, organizer_contact_email, eligibility, created_at, updated_at)
select pg_temp.uid('bench:network:' || g),
       'Klimaschutznetzwerk ' || pg_temp.pick(regions, 'region:' || g) || ' ' || g,
       'Lastdaten: ein Netzwerk von Klimaschutzmanagerinnen und -managern (' || g || ').',
       pg_temp.pick(regions, 'region:' || g), 'Energieagentur ' || pg_temp.pick(regions, 'region:' || g),
       'netzwerk' || g || '@energieagentur.example', 'Klimaschutzmanagement in Kommunen der Region.',
       timestamptz '2019-03-01 09:00+00' + g * interval '3 days', now()
  from generate_series(1, :networks) g, bench_regions
on conflict (id) do nothing;

-- (network, member number) -> participant: distinct participants within a network
create temporary table bench_network on commit drop as
select pg_temp.uid('bench:network:' || g) as id, g as n,
       case when g <= :big_networks then :big_size else 120 + (pg_temp.h('members:' || g) % 141)::int end as size
  from generate_series(1, :networks) g
union all
select '0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11'::uuid, 0,
       greatest(0, :big_size - (select count(*) from network_membership
                                 where network_id = '0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11' and state = 'ACTIVE'))::int;

-- Most joined more than two years ago; one in twelve within the last two years; one in 30 left meanwhile
-- (not in NRW, which has 1,000 active members).
insert into network_membership (id, network_id, participant_id, role, state, since, left_on, created_at, updated_at)
select pg_temp.uid('bench:membership:' || bn.n || ':' || i), bn.id,
       pg_temp.uid('bench:participant:' || (1 + (bn.n * 4099 + i) % :participants)),
       case when i < 2 and bn.n > 0 then 'COORDINATOR' else 'MEMBER' end,
       case when bn.n > 0 and pg_temp.h('left:' || bn.n || ':' || i) % 30 = 0 then 'LEFT' else 'ACTIVE' end,
       case when pg_temp.h('recent:' || bn.n || ':' || i) % 12 = 0
            then current_date - (1 + pg_temp.h('since:' || bn.n || ':' || i) % 700)::int
            else current_date - (:attendance_days + 1 + pg_temp.h('since:' || bn.n || ':' || i) % 900)::int end,
       case when bn.n > 0 and pg_temp.h('left:' || bn.n || ':' || i) % 30 = 0
            then current_date - (pg_temp.h('left-on:' || bn.n || ':' || i) % 300)::int end,
       now(), now()
  from bench_network bn cross join lateral generate_series(0, bn.size - 1) i
on conflict (id) do nothing;

-- ------------------------------------------------------------ online rooms: one biweekly room per
-- generated network, and a second one for NRW, each with a schedule that began 2.5 years ago
insert into online_room (id, network_id, title, description, join_url, access_code, dial_in, created_at, updated_at, version)
select pg_temp.uid('bench:room:' || bn.n), bn.id,
       case when bn.n = 0 then 'Online-Sprechstunde Wärmeplanung NRW' else 'Online-Austausch ' || nw.name end,
       'Lastdaten: alle zwei Wochen.', 'https://meet.example/bench-' || bn.n, lpad((pg_temp.h('code:' || bn.n) % 1000000)::text, 6, '0'),
       null, now(), now(), 0
  from bench_network bn join network nw on nw.id = bn.id
on conflict (id) do nothing;

insert into online_room_schedule (id, room_id, start_date, start_time, duration_minutes, time_zone, rrule)
select pg_temp.uid('bench:schedule:' || bn.n), pg_temp.uid('bench:room:' || bn.n),
       d0 + ((dow - extract(isodow from d0)::int + 7) % 7), time '10:00' + (bn.n % 4) * interval '90 minutes', 90, 'Europe/Berlin',
       'FREQ=WEEKLY;INTERVAL=2;BYDAY=' || (array['MO', 'TU', 'WE', 'TH', 'FR'])[dow]
  from bench_network bn
  cross join lateral (select (current_date - 920) as d0, case when bn.n = 0 then 4 else 1 + bn.n % 5 end as dow) s
on conflict (id) do nothing;

-- The held sessions of the last two years of every room that gets attendance (bench rooms and the
-- NRW demo room): the schedule's dates up to yesterday; the days around Christmas are cancelled.
create temporary table bench_session on commit drop as
select r.id as room_id, r.network_id, d::date as session_date,
       (extract(month from d) = 12 and extract(day from d) >= 22) or (extract(month from d) = 1 and extract(day from d) <= 2) as cancelled
  from online_room r
  join online_room_schedule s on s.room_id = r.id
  cross join lateral generate_series(s.start_date, current_date - 1, interval '14 days') d
 where r.network_id in (select id from bench_network)
   and s.rrule like 'FREQ=WEEKLY;INTERVAL=2;%'
   and d >= current_date - :attendance_days;

insert into online_session (id, room_id, session_date, cancelled, cancellation_reason, topic, created_at, updated_at, version)
select pg_temp.uid('bench:session:' || room_id || ':' || session_date), room_id, session_date, cancelled,
       case when cancelled then 'Weihnachtspause' end,
       case when not cancelled then 'Austausch: ' || pg_temp.pick(topics, 'session-topic:' || room_id || session_date) end,
       now(), now(), 0
  from bench_session, bench_people_parts
 where cancelled or pg_temp.h('has-topic:' || room_id || session_date) % 3 = 0
on conflict (room_id, session_date) do nothing;

insert into session_minutes (id, room_id, session_date, markdown, status, published_at, created_at, updated_at, version)
select pg_temp.uid('bench:minutes:' || room_id || ':' || session_date), room_id, session_date,
       '## Protokoll' || E'\n\n' || '- Kurzberichte aus den Kommunen' || E'\n' || '- Austausch in Kleingruppen',
       'PUBLISHED', session_date + 1, now(), now(), 0
  from bench_session where not cancelled
on conflict (room_id, session_date) do nothing;

-- the generated memberships with their number in the network
create temporary table bench_member on commit drop as
select bn.n, i, m.network_id, m.participant_id, m.since, m.left_on
  from bench_network bn
  cross join lateral generate_series(0, bn.size - 1) i
  join network_membership m on m.id = pg_temp.uid('bench:membership:' || bn.n || ':' || i);
create index on bench_member (network_id);
create unique index on bench_member (n, i);
analyze bench_member;

-- Attendance: every generated member, every held session while a member; 70 % present, 15 % excused, 15 % absent.
insert into session_attendance (id, room_id, session_date, participant_id, status, self_reported, recorded_at)
select pg_temp.uid('bench:attendance:' || s.room_id || ':' || s.session_date || ':' || m.participant_id),
       s.room_id, s.session_date, m.participant_id, st.status, st.status = 'PRESENT', s.session_date + time '12:00'
  from bench_session s
  join bench_member m on m.network_id = s.network_id
  cross join lateral (select case when r < 70 then 'PRESENT' when r < 85 then 'EXCUSED' else 'ABSENT' end as status
                        from (select pg_temp.h('presence:' || m.participant_id || s.session_date) % 100 as r) x) st
 where not s.cancelled and m.since <= s.session_date and (m.left_on is null or m.left_on > s.session_date)
on conflict (room_id, session_date, participant_id) do nothing;

-- ------------------------------------------------------------ events: 30 per network, from a year ago to a year ahead
insert into event (id, network_id, title, description, status, starts_at, ends_at, venue_name, venue_street, venue_postal_code,
                   venue_city, host_municipality_id, capacity, registration_closes_at, materials, created_at, updated_at, version)
select pg_temp.uid('bench:event:' || bn.n || ':' || k), bn.id,
       'Präsenztreffen ' || k || ': ' || pg_temp.pick(topics, 'event-topic:' || bn.n || ':' || k),
       'Lastdaten: Austausch vor Ort mit Exkursion.',
       case when k % 15 = 7 then 'DRAFT' when k % 10 = 3 then 'CANCELLED' else 'PUBLISHED' end,
       starts, starts + interval '6 hours 30 minutes',
       'Rathaus ' || mu.name, 'Marktplatz ' || (1 + k), lpad((10000 + pg_temp.h('plz:' || bn.n || k) % 89999)::text, 5, '0'),
       mu.name, mu.id, case when k % 6 = 5 then null else 40 end, starts - interval '7 days', '[]', now(), now(), 0
  from bench_network bn
  cross join generate_series(1, :events_per_network) k
  cross join bench_people_parts
  cross join lateral (select (current_date + (k - :events_per_network / 2) * 24 + (bn.n % 12))::timestamp at time zone 'Europe/Berlin'
                             + interval '10 hours' as starts) t
  cross join lateral (select m.id, m.name from bench_municipality b join municipality m on m.id = b.id
                       where b.n = pg_temp.h('host:' || bn.n || ':' || k) % (select count(*) from bench_municipality)) mu
on conflict (id) do nothing;

create temporary table bench_event on commit drop as
select e.id, bn.n, bn.size, k from bench_network bn cross join generate_series(1, :events_per_network) k
  join event e on e.id = pg_temp.uid('bench:event:' || bn.n || ':' || k);

insert into agenda_item (id, event_id, position, starts_at, ends_at, title, speaker, kind, sign_up_required, capacity)
select pg_temp.uid('bench:agenda:' || e.id || ':' || a.pos), e.id, a.pos, e.starts_at + a.offs, e.starts_at + a.offs + a.len,
       a.title, a.speaker, a.kind, a.kind = 'EXCURSION', case when a.kind = 'EXCURSION' then 12 end
  from event e
  cross join (values (0, interval '0', interval '30 minutes', 'Begrüßung', 'Gastgeberkommune', 'WELCOME'),
                     (1, interval '30 minutes', interval '1 hour', 'Impuls aus der Praxis', 'Klimaschutzmanagement', 'TALK'),
                     (2, interval '90 minutes', interval '1 hour', 'Austausch in Kleingruppen', null, 'EXCHANGE'),
                     (3, interval '3 hours', interval '3 hours 30 minutes', 'Exkursion', null, 'EXCURSION'))
              a(pos, offs, len, title, speaker, kind)
  join bench_event b on b.id = e.id
on conflict (id) do nothing;

-- Registrations: the network's members in turn, first come first served up to the capacity, then the
-- waitlist; past events have attended and no-shows; one in 15 cancelled. Drafts have none.
insert into registration (id, event_id, participant_id, status, arrival, cancelled_at, created_at, updated_at, version)
select pg_temp.uid('bench:registration:' || e.id || ':' || j), e.id, m.participant_id,
       case when pg_temp.h('cancel:' || e.id || j) % 15 = 0 then 'CANCELLED'
            when e.capacity is not null and j >= e.capacity then 'WAITLISTED'
            when e.ends_at < now() then case when pg_temp.h('show:' || e.id || j) % 8 = 0 then 'NO_SHOW' else 'ATTENDED' end
            else 'CONFIRMED' end,
       nextval('registration_arrival_seq'),
       case when pg_temp.h('cancel:' || e.id || j) % 15 = 0 then e.starts_at - interval '10 days' end,
       e.starts_at - interval '30 days' + j * interval '1 hour', now(), 0
  from bench_event b
  join event e on e.id = b.id and e.status <> 'DRAFT'
  cross join generate_series(0, least(:registrations_per_event, b.size) - 1) j
  join bench_member m on m.n = b.n and m.i = (pg_temp.h('first-registrant:' || e.id) + j) % b.size
 order by e.id, j
on conflict (id) do nothing;

-- the first twelve confirmed registrations of each event sign up for its excursion, four more wait
insert into agenda_sign_up (id, agenda_item_id, registration_id, status, arrival)
select pg_temp.uid('bench:sign-up:' || r.id), a.id, r.id, case when r.rn <= 12 then 'CONFIRMED' else 'WAITLISTED' end, r.arrival
  from (select reg.*, row_number() over (partition by reg.event_id order by reg.arrival) as rn
          from registration reg join bench_event b on b.id = reg.event_id
         where reg.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW')) r
  join agenda_item a on a.event_id = r.event_id and a.kind = 'EXCURSION'
 where r.rn <= 16
on conflict (id) do nothing;

commit;
analyze municipality, climate_concept, participant, network, network_membership, online_room, online_room_schedule,
  online_session, session_minutes, session_attendance, event, agenda_item, registration, agenda_sign_up;
