-- E-mail: an outbox written in the same transaction as the change that causes a mail, sent by a
-- worker that claims rows with FOR UPDATE SKIP LOCKED, so several API instances never send a
-- mail twice and a rolled-back change sends none. People choose which mails they get.

-- The language of the mails a person gets (the app itself follows the browser).
alter table participant add column language varchar(2) not null default 'de' check (language in ('de', 'en'));

-- Only who differs from the defaults has a row; no row means the defaults of NotificationCategory.
create table notification_settings (
    participant_id     uuid primary key references participant (id),
    room_calendar      boolean not null,
    minutes            boolean not null,
    event_reminders    boolean not null,
    session_reminders  boolean not null,
    network_messages   boolean not null,
    updated_at         timestamptz not null,
    version            bigint not null
);

create table mail_outbox (
    id               uuid primary key,
    kind             varchar(40) not null,
    -- null: essential (e.g. about one's own registration), sent whatever the settings say
    category         varchar(30),
    participant_id   uuid references participant (id),
    -- an address without a participant, e.g. an invitation to someone not yet signed up
    address          varchar(254),
    network_id       uuid references network (id) on delete set null,
    -- what the mail says, fixed when it was queued; rendered in the recipient's language when sent
    payload          jsonb not null,
    -- work that must happen once, e.g. one reminder per person and session, whoever queues it
    dedup_key        varchar(200),
    status           varchar(10) not null check (status in ('QUEUED', 'SENT', 'FAILED', 'DROPPED')),
    attempts         integer not null default 0,
    created_at       timestamptz not null,
    -- when it (re-)entered the queue: retries give up a day after this; an admin's retry resets it
    queued_at        timestamptz not null,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    sent_at          timestamptz,
    -- the rendered subject, kept from the last attempt for the admins' list
    subject          varchar(300),
    last_error       varchar(2000),
    -- set once a preparation before the first send (e.g. the invitee's Keycloak account) is done
    prepared_at      timestamptz,
    check (participant_id is not null or address is not null)
);
create unique index mail_outbox_dedup_idx on mail_outbox (dedup_key) where dedup_key is not null;
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'QUEUED';
create index mail_outbox_failed_idx on mail_outbox (last_attempt_at desc) where status = 'FAILED';
create index mail_outbox_participant_idx on mail_outbox (participant_id) where status = 'QUEUED';
create index mail_outbox_finished_idx on mail_outbox (created_at) where status in ('SENT', 'DROPPED');

-- Every delivery attempt and its outcome (error null: accepted by the SMTP server).
create table mail_attempt (
    outbox_id    uuid not null references mail_outbox (id) on delete cascade,
    attempt      integer not null,
    attempted_at timestamptz not null,
    error        varchar(2000),
    primary key (outbox_id, attempt)
);

-- A coordinator's message to the network ("Rundmail"), kept as the network's archive.
create table network_message (
    id               uuid primary key,
    network_id       uuid not null references network (id),
    sender_id        uuid references participant (id),
    audience         varchar(20) not null check (audience in ('MEMBERS', 'EVENT_REGISTRANTS')),
    event_id         uuid references event (id) on delete set null,
    subject          varchar(200) not null,
    body             text not null,
    recipient_count  integer not null,
    sent_at          timestamptz not null
);
create index network_message_network_idx on network_message (network_id, sent_at desc);

-- iCalendar SEQUENCE of what was mailed about an event or a room: raised with every mailed change,
-- so calendar apps replace the entry they hold. Kept apart from the row version (the ETag).
alter table event add column calendar_sequence integer not null default 0;
alter table online_room add column calendar_sequence integer not null default 0;

-- Secrets the instances share, generated once (e.g. the key that signs unsubscribe links).
create table signing_key (
    name        varchar(40) primary key,
    secret      bytea not null,
    created_at  timestamptz not null
);
