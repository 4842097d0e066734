-- Pilots as pilots-service last announced them (from totalplace.pilots.v1): the places top-down estimates are for.
create table known_pilot (
    pilot_id    uuid         primary key,
    code        text         not null,
    name        text         not null,
    region      text         not null,
    version     bigint       not null,
    -- the pilot version of the last pilot-areas-changed applied (null: none received yet)
    areas_version  bigint,
    updated_at  timestamptz  not null
);

-- A pilot's local authority areas, exactly as the last pilot-areas-changed gave them (the whole set).
create table known_pilot_area (
    pilot_id       uuid  not null references known_pilot (pilot_id) on delete cascade,
    register_code  text  not null,
    gss_code       text,
    name           text  not null,
    primary key (pilot_id, register_code)
);

-- Ids of the consumed events already applied, recorded in the same transaction as the change.
create table processed_event (
    event_id      uuid         primary key,
    type          text         not null,
    source        text         not null,
    processed_at  timestamptz  not null
);
