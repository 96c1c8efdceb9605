-- Networks: groups of climate-protection managers run by an organising agency.
create table network (
    id                      uuid primary key,
    name                    varchar(200)  not null,
    description             varchar(4000) not null default '',
    region                  varchar(200)  not null,
    organizer_name          varchar(200)  not null,
    organizer_contact_email varchar(254)  not null,
    eligibility             varchar(2000) not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint not null default 0
);

-- The list is sorted by name; the id breaks ties so that paging is stable.
create index network_name_id_idx on network (name, id);
