-- On-site events with agenda, registrations and a first-come-first-served waitlist. Every change
-- to an event's registrations locks the event row first, so capacities hold under concurrency.

create table event (
    id                       uuid primary key,
    network_id               uuid not null references network (id),
    title                    varchar(200) not null,
    description              varchar(10000),
    status                   varchar(20) not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    starts_at                timestamptz not null,
    ends_at                  timestamptz not null,
    venue_name               varchar(200) not null,
    venue_street             varchar(200),
    venue_postal_code        varchar(5),
    venue_city               varchar(100) not null,
    venue_room               varchar(200),
    venue_accessibility      varchar(2000),
    venue_directions         varchar(2000),
    host_municipality_id     uuid references municipality (id),
    host_participant_id      uuid references participant (id),
    capacity                 integer check (capacity > 0),
    registration_opens_at    timestamptz,
    registration_closes_at   timestamptz,
    report                   text,
    report_published         boolean not null default false,
    materials                jsonb not null default '[]',
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint not null,
    check (ends_at > starts_at)
);
create index event_network_starts_idx on event (network_id, starts_at);
create index event_network_ends_idx on event (network_id, ends_at);

create table agenda_item (
    id               uuid primary key,
    event_id         uuid not null references event (id) on delete cascade,
    position         integer not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    title            varchar(200) not null,
    speaker          varchar(200),
    kind             varchar(20) not null check (kind in ('WELCOME', 'TALK', 'EXCHANGE', 'EXCURSION', 'BREAK', 'OTHER')),
    sign_up_required boolean not null,
    capacity         integer check (capacity > 0)
);
create index agenda_item_event_idx on agenda_item (event_id, position);

-- Arrival order for the waitlists: drawn while the event row is locked, so it is the order of service.
create sequence registration_arrival_seq;

create table registration (
    id                   uuid primary key,
    event_id             uuid not null references event (id) on delete cascade,
    participant_id       uuid not null references participant (id),
    status               varchar(20) not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
    arrival              bigint not null,
    note                 varchar(1000),
    accessibility_needs  varchar(1000),
    dietary_needs        varchar(500),
    cancelled_at         timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null
);
-- One active registration per person and event.
create unique index registration_one_active_idx on registration (event_id, participant_id) where status <> 'CANCELLED';
create index registration_event_status_idx on registration (event_id, status, arrival);
create index registration_participant_idx on registration (participant_id);

create table agenda_sign_up (
    id               uuid primary key,
    agenda_item_id   uuid not null references agenda_item (id) on delete cascade,
    registration_id  uuid not null references registration (id) on delete cascade,
    status           varchar(20) not null check (status in ('CONFIRMED', 'WAITLISTED')),
    arrival          bigint not null,
    unique (agenda_item_id, registration_id)
);
create index agenda_sign_up_registration_idx on agenda_sign_up (registration_id);
