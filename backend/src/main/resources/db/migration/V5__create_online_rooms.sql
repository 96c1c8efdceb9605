-- Online rooms: a network's standing video room with a recurring schedule. Sessions are the
-- schedule's occurrences, identified by their original local date; rows exist only for sessions
-- that differ from the schedule or have minutes or attendance.

create table online_room (
    id           uuid primary key,
    network_id   uuid not null references network (id),
    title        varchar(200) not null,
    description  varchar(5000),
    join_url     varchar(2000) not null,
    access_code  varchar(100),
    dial_in      varchar(500),
    -- Closed rooms leave lists and calendars but their sessions still count in attendance reports.
    closed_at    timestamptz,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint not null
);
create index online_room_network_title_idx on online_room (network_id, title) where closed_at is null;
create index online_room_network_idx on online_room (network_id);

create table online_room_moderator (
    room_id        uuid not null references online_room (id) on delete cascade,
    participant_id uuid not null references participant (id),
    primary key (room_id, participant_id)
);

-- A schedule applies from its start date until the next schedule of the room starts.
create table online_room_schedule (
    id               uuid primary key,
    room_id          uuid not null references online_room (id) on delete cascade,
    start_date       date not null,
    start_time       time not null,
    duration_minutes integer not null check (duration_minutes between 5 and 720),
    time_zone        varchar(64) not null,
    rrule            varchar(200) not null,
    unique (room_id, start_date)
);

create table online_session (
    id                     uuid primary key,
    room_id                uuid not null references online_room (id) on delete cascade,
    session_date           date not null,
    cancelled              boolean not null default false,
    cancellation_reason    varchar(500),
    moved_starts_at        timestamptz,
    duration_minutes       integer check (duration_minutes between 5 and 720),
    topic                  varchar(300),
    presenter              varchar(200),
    materials              jsonb not null default '[]',
    -- Bumped by every attendance change: the attendance list's ETag.
    attendance_revision    bigint not null default 0,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null,
    unique (room_id, session_date)
);

create table session_minutes (
    id            uuid primary key,
    room_id       uuid not null references online_room (id) on delete cascade,
    session_date  date not null,
    markdown      text not null,
    status        varchar(20) not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at  timestamptz,
    updated_by    uuid references participant (id),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint not null,
    unique (room_id, session_date)
);

create table session_attendance (
    id              uuid primary key,
    room_id         uuid not null references online_room (id) on delete cascade,
    session_date    date not null,
    participant_id  uuid not null references participant (id),
    status          varchar(20) not null check (status in ('PRESENT', 'EXCUSED', 'ABSENT')),
    self_reported   boolean not null,
    recorded_at     timestamptz not null,
    unique (room_id, session_date, participant_id)
);
create index session_attendance_participant_idx on session_attendance (participant_id, session_date);

-- Personal calendar subscriptions: only the SHA-256 of the secret token is kept.
create table calendar_feed (
    participant_id  uuid primary key references participant (id),
    token_hash      bytea not null unique,
    created_at      timestamptz not null
);
