-- Event ids already applied; written in the same transaction as the read-model change they caused.
create table processed_event (
    event_id     uuid        primary key,
    type         text        not null,
    source       text        not null,
    processed_at timestamptz not null
);

-- Pilots as last announced by pilots-service; version is the pilot's version there (older events never win).
create table pilot_view (
    pilot_id   uuid        primary key,
    code       text        not null,
    name       text        not null,
    region     text        not null,
    version    bigint      not null check (version >= 0),
    updated_at timestamptz not null
);
create index pilot_view_code on pilot_view (code);

-- Governance groups; pilot_id null for programme-wide groups. No foreign key: a group may name a pilot whose
-- registration has not arrived yet (topics are consumed independently).
create table group_view (
    group_id   uuid        primary key,
    code       text        not null,
    name       text        not null,
    kind       text        not null,
    pilot_id   uuid,
    updated_at timestamptz not null
);
create index group_view_pilot on group_view (pilot_id);

-- Running spend totals, like with like: one row per pilot, financial year, price basis (with its base year) and
-- currency. base_year is null for a nominal basis; NULLS NOT DISTINCT (PostgreSQL 15+) makes the bucket unique
-- all the same. No foreign key to pilot_view, for the same reason as group_view.
create table spend_total (
    id             bigserial     primary key,
    pilot_id       uuid          not null,
    financial_year char(7)       not null,
    price_basis    text          not null check (price_basis in ('nominal', 'real')),
    base_year      char(7),
    currency       char(3)       not null,
    total          numeric(19,2) not null,
    line_count     bigint        not null check (line_count >= 0),
    updated_at     timestamptz   not null,
    constraint spend_total_basis_year check ((price_basis = 'real') = (base_year is not null)),
    constraint spend_total_bucket unique nulls not distinct (pilot_id, financial_year, price_basis, base_year, currency)
);
