-- Municipalities (Kommunen) with their official key: 8-digit Amtlicher Gemeindeschlüssel,
-- 5-digit Kreisschlüssel for Kreise. A Gemeinde or Stadt may belong to a Kreis.
create table municipality (
    id            uuid primary key,
    name          varchar(200) not null,
    kind          varchar(20)  not null check (kind in ('GEMEINDE', 'STADT', 'KREISFREIE_STADT', 'KREIS')),
    official_key  varchar(8)   not null,
    federal_state varchar(2)   not null,
    parent_id     uuid references municipality (id),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0,
    constraint municipality_official_key_uq unique (official_key),
    constraint municipality_official_key_digits check (official_key ~ '^[0-9]{5}([0-9]{3})?$')
);

-- Search by name prefix (case-insensitive) and by key prefix; the list is sorted by name.
create index municipality_name_prefix_idx on municipality (lower(name) text_pattern_ops);
create index municipality_official_key_prefix_idx on municipality (official_key text_pattern_ops);
create index municipality_name_id_idx on municipality (name, id);
create index municipality_parent_idx on municipality (parent_id);
