-- Participants: people with a profile, linked to their Keycloak account by the token's subject.
-- No passwords here; name and e-mail come from the token, the rest from the person.
create table participant (
    id              uuid primary key,
    subject         varchar(255) not null,
    display_name    varchar(200) not null,
    email           varchar(254),
    email_verified  boolean not null default false,
    job_title       varchar(200),
    municipality_id uuid references municipality (id),
    in_office_since date,
    phone           varchar(40),
    topics          text[] not null default '{}',
    bio             varchar(1000),
    show_email      boolean not null default false,
    show_phone      boolean not null default false,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null default 0,
    constraint participant_subject_uq unique (subject)
);

create index participant_municipality_idx on participant (municipality_id);
create index participant_email_idx on participant (lower(email));
