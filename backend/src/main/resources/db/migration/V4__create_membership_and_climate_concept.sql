-- Membership of a participant in a network. A coordinator may invite someone who has never
-- signed in by e-mail (PENDING, no participant yet); the first sign-in with that verified
-- address turns it ACTIVE. Ending a membership keeps the row (LEFT) as history.
create table network_membership (
    id             uuid primary key,
    network_id     uuid not null references network (id),
    participant_id uuid references participant (id),
    invited_email  varchar(254),
    role           varchar(20) not null check (role in ('COORDINATOR', 'MEMBER')),
    state          varchar(20) not null check (state in ('PENDING', 'ACTIVE', 'LEFT')),
    since          date not null,
    left_on        date,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint not null default 0,
    constraint network_membership_who check (participant_id is not null or invited_email is not null)
);

-- One active membership per person and network, one open invitation per address and network.
create unique index network_membership_active_uq on network_membership (network_id, participant_id) where state = 'ACTIVE';
create unique index network_membership_pending_uq on network_membership (network_id, lower(invited_email)) where state = 'PENDING';
create index network_membership_network_state_idx on network_membership (network_id, state);
create index network_membership_participant_idx on network_membership (participant_id, state);
create index network_membership_pending_email_idx on network_membership (lower(invited_email)) where state = 'PENDING';

-- The climate-protection concept of a municipality; no row means NOT_STARTED.
create table climate_concept (
    municipality_id   uuid primary key references municipality (id),
    status            varchar(20) not null check (status in ('NOT_STARTED', 'IN_PREPARATION', 'ADOPTED', 'IN_IMPLEMENTATION')),
    funding_programme varchar(200),
    funding_reference varchar(100),
    adopted_on        date,
    note              varchar(2000),
    updated_at        timestamp with time zone not null,
    updated_by        uuid references participant (id),
    version           bigint not null default 0,
    constraint climate_concept_adoption_date check (status not in ('ADOPTED', 'IN_IMPLEMENTATION') or adopted_on is not null)
);
create index climate_concept_status_idx on climate_concept (status);

-- Every change of a concept: who, when, and each field's old and new value.
create table climate_concept_change (
    id              uuid primary key,
    municipality_id uuid not null references municipality (id),
    changed_at      timestamp with time zone not null,
    changed_by      uuid references participant (id),
    changes         jsonb not null
);
create index climate_concept_change_municipality_idx on climate_concept_change (municipality_id, changed_at desc, id);

-- The directory searches within one network's active members (network_membership_network_state_idx
-- narrows to them first); substring search over names and topics needs no index of its own at that size.

-- Erasure (GDPR Art. 17) keeps the row for the counts and history that refer to it.
alter table participant add column erased_at timestamp with time zone;
