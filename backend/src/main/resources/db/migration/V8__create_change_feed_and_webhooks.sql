-- For integrators: one record of what happened (the change feed), webhooks that push it, and
-- idempotent POSTs. The same family as the mail outbox: written in the transaction of the change,
-- delivered by workers that claim rows with FOR UPDATE SKIP LOCKED.

-- Every create, update and delete of networks, memberships, rooms, sessions, events and
-- registrations, with the resource as integrations may read it (never a person's name, address
-- or notes). A reader only sees changes of transactions older than every transaction still
-- running (tx_id below the snapshot's xmin), so the cursor (tx_id, position) never skips a change
-- that commits late.
create table domain_event (
    position       bigserial primary key,
    tx_id          xid8 not null default pg_current_xact_id(),
    id             uuid not null unique,
    type           varchar(60) not null,
    resource_id    uuid not null,
    network_id     uuid,
    -- false for what only the network's managers see (drafts): not in the feed for integrations
    public         boolean not null,
    occurred_at    timestamptz not null default clock_timestamp(),
    data           jsonb not null
);
create index domain_event_cursor_idx on domain_event (tx_id, position);
create index domain_event_network_idx on domain_event (network_id, tx_id, position);
create index domain_event_occurred_idx on domain_event (occurred_at);

-- How far the feed has been cut off (older changes deleted after the retention period).
create table domain_event_horizon (
    singleton      boolean primary key default true check (singleton),
    tx_id          xid8 not null,
    position       bigint not null
);

create table webhook_subscription (
    id                    uuid primary key,
    url                   varchar(2000) not null,
    event_types           text[] not null,
    description           varchar(500),
    -- the signing secret (Standard Webhooks, whsec_...): shown once when created
    secret                varchar(100) not null,
    enabled               boolean not null,
    disabled_reason       varchar(500),
    consecutive_failures  integer not null default 0,
    created_by            uuid references participant (id),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint not null
);

create table webhook_delivery (
    id                uuid primary key,
    subscription_id   uuid not null references webhook_subscription (id) on delete cascade,
    event_id          uuid not null references domain_event (id) on delete cascade,
    status            varchar(10) not null check (status in ('QUEUED', 'SUCCEEDED', 'FAILED')),
    attempts          integer not null default 0,
    created_at        timestamptz not null,
    queued_at         timestamptz not null,
    next_attempt_at   timestamptz not null,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_duration_ms  integer,
    last_error        varchar(2000),
    unique (subscription_id, event_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'QUEUED';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, created_at desc);

create table webhook_attempt (
    delivery_id    uuid not null references webhook_delivery (id) on delete cascade,
    attempt        integer not null,
    attempted_at   timestamptz not null,
    status_code    integer,
    duration_ms    integer not null,
    error          varchar(2000),
    primary key (delivery_id, attempt)
);

-- Idempotency-Key on POST (IETF httpapi-idempotency-key-header): the first response is kept for
-- 24 hours per caller and replayed for the same key and body.
create table idempotency_key (
    caller           varchar(255) not null,
    key              varchar(255) not null,
    request_hash     varchar(64) not null,
    state            varchar(12) not null check (state in ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_headers jsonb,
    response_body    text,
    created_at       timestamptz not null,
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);

-- updatedSince on the lists: networks, municipalities, rooms and events by last change.
create index network_updated_idx on network (updated_at);
create index municipality_updated_idx on municipality (updated_at);
create index online_room_network_updated_idx on online_room (network_id, updated_at);
create index event_network_updated_idx on event (network_id, updated_at);
