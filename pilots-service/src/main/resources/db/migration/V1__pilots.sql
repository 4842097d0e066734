-- The register of pilot places.
create table pilot (
    id           uuid        primary key,
    code         text        not null,
    name         text        not null,
    region       text        not null,
    place        text        not null,
    council_type text        not null,
    theme        text        not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint pilot_code_unique unique (code),
    constraint pilot_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
    constraint pilot_region_known check (region in ('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER',
        'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST'))
);

-- Two pilots never share a name, whatever the case.
create unique index pilot_name_unique on pilot (lower(name));

-- Other names a pilot is known by ("Manchester & Warrington" for "10 Manchester LAs and Warrington").
-- An alias belongs to one pilot only, compared case-insensitively.
create table pilot_alias (
    pilot_id uuid not null references pilot (id) on delete cascade,
    alias    text not null,
    primary key (pilot_id, alias)
);
create unique index pilot_alias_unique on pilot_alias (lower(alias));

-- Transactional outbox: written in the same transaction as the change, published by OutboxRelay.
create table outbox_event (
    seq          bigserial   primary key,
    id           uuid        not null unique,
    aggregate_id text        not null,
    type         text        not null,
    payload      text        not null,
    occurred_at  timestamptz not null,
    sent_at      timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
