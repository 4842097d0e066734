-- Public bodies as pilots-service announces them (partner-body-registered/-updated/-succeeded on
-- totalplace.pilots.v1): a local, eventually consistent copy, so that the names governance records as text
-- (barrier.owning_department, group_membership.on_behalf_of) can be shown as the body was then and as it is now.
-- A derived table, so not audited; processed_event makes each event count once.
create table known_body (
    body_id            uuid         primary key,
    code               text,
    name               text         not null,
    type               text,
    region             text,
    ended_on           date,
    end_kind           text,
    successor_body_id  uuid,
    successor_code     text,
    successor_name     text,
    version            bigint       not null,
    updated_at         timestamptz  not null,
    constraint known_body_end_kind_known check (end_kind in ('MERGED', 'ABOLISHED')),
    constraint known_body_end_has_day check ((end_kind is null) = (ended_on is null))
);

create index known_body_code on known_body (lower(code));

-- The names a body bore, with the days (both included; null: open-ended).
create table known_body_name (
    body_id     uuid     not null references known_body (body_id),
    position    integer  not null,
    name        text     not null,
    valid_from  date,
    valid_to    date,
    primary key (body_id, position)
);

create index known_body_name_lower on known_body_name (lower(name));
