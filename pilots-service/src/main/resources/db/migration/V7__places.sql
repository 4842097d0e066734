-- Issue 8: places beyond the 13 pilots, what they work on, how they meet, and partner bodies that change over time.

-- Tags: free-text themes kept as lowercase slugs ("older-people", "under-fives"), on pilots and parallel places.
create table pilot_tag (
    pilot_id uuid not null references pilot (id) on delete cascade,
    tag      text not null,
    primary key (pilot_id, tag),
    constraint pilot_tag_slug check (tag ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(tag) <= 60)
);
create index pilot_tag_by_tag on pilot_tag (tag);

-- Parallel places: following the Total Place approach without pilot status. The same register fields as a
-- pilot, in tables of their own, so that no query of pilots (the 13) can ever return one.
create table parallel_place (
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
    constraint parallel_place_code_unique unique (code),
    constraint parallel_place_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
    constraint parallel_place_region_known check (region in ('NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER',
        'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST'))
);
create unique index parallel_place_name_unique on parallel_place (lower(name));

create table parallel_place_alias (
    parallel_place_id uuid not null references parallel_place (id) on delete cascade,
    alias             text not null,
    primary key (parallel_place_id, alias)
);
create unique index parallel_place_alias_unique on parallel_place_alias (lower(alias));

create table parallel_place_tag (
    parallel_place_id uuid not null references parallel_place (id) on delete cascade,
    tag               text not null,
    primary key (parallel_place_id, tag),
    constraint parallel_place_tag_slug check (tag ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(tag) <= 60)
);
create index parallel_place_tag_by_tag on parallel_place_tag (tag);

-- Senior leaders' networking events, hosted by a pilot or a parallel place (exactly one of the two).
create table networking_event (
    id                     uuid        primary key,
    title                  text        not null,
    held_on                date        not null,
    host_pilot_id          uuid        references pilot (id),
    host_parallel_place_id uuid        references parallel_place (id),
    version                bigint      not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    constraint networking_event_one_host check ((host_pilot_id is null) <> (host_parallel_place_id is null))
);
create index networking_event_by_day on networking_event (held_on, id);

create table networking_event_attendee (
    networking_event_id uuid    not null references networking_event (id) on delete cascade,
    position            integer not null,
    name                text    not null,
    organisation        text,
    primary key (networking_event_id, position)
);

create table networking_event_speaker (
    networking_event_id uuid    not null references networking_event (id) on delete cascade,
    position            integer not null,
    name                text    not null,
    organisation        text,
    topic               text,
    primary key (networking_event_id, position)
);

-- Partner bodies change over time: renamed, merged into another, abolished (with a successor or none).
-- established_on: the day the body came into being, when known; ended_on: the first day it no longer existed.
alter table partner_body add column established_on date;
alter table partner_body add column ended_on date;

-- Each succession, kept for ever: a rename keeps the former name, so past views read the name of their day.
create table partner_body_succession (
    id            uuid        primary key,
    body_id       uuid        not null references partner_body (id),
    kind          text        not null,
    effective_on  date        not null,
    successor_id  uuid        references partner_body (id),
    former_name   text        not null,
    new_name      text,
    reason        text,
    recorded_at   timestamptz not null,
    constraint partner_body_succession_kind check (kind in ('RENAMED', 'MERGED', 'ABOLISHED')),
    constraint partner_body_succession_rename check ((kind = 'RENAMED') = (new_name is not null)),
    constraint partner_body_succession_merge check (kind <> 'MERGED' or successor_id is not null),
    constraint partner_body_succession_not_itself check (successor_id is null or successor_id <> body_id)
);
create index partner_body_succession_by_body on partner_body_succession (body_id, effective_on);
-- a body ends (is merged or abolished) once
create unique index partner_body_succession_one_end on partner_body_succession (body_id)
    where kind in ('MERGED', 'ABOLISHED');

create trigger pilot_tag_audit after insert or update or delete on pilot_tag for each row execute function audit_change('pilot_id', 'tag');
create trigger parallel_place_audit after insert or update or delete on parallel_place for each row execute function audit_change('id');
create trigger parallel_place_alias_audit after insert or update or delete on parallel_place_alias for each row execute function audit_change('parallel_place_id', 'alias');
create trigger parallel_place_tag_audit after insert or update or delete on parallel_place_tag for each row execute function audit_change('parallel_place_id', 'tag');
create trigger networking_event_audit after insert or update or delete on networking_event for each row execute function audit_change('id');
create trigger networking_event_attendee_audit after insert or update or delete on networking_event_attendee for each row execute function audit_change('networking_event_id', 'position');
create trigger networking_event_speaker_audit after insert or update or delete on networking_event_speaker for each row execute function audit_change('networking_event_id', 'position');
create trigger partner_body_succession_audit after insert or update or delete on partner_body_succession for each row execute function audit_change('id');
