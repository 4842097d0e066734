-- Pilots as pilots-service last announced them (from totalplace.pilots.v1); a barrier may only name one of these.
create table known_pilot (
    pilot_id    uuid         primary key,
    code        text         not null,
    name        text         not null,
    region      text         not null,
    version     bigint       not null,
    updated_at  timestamptz  not null
);

-- Ids of the consumed events already applied, recorded in the same transaction as the change.
create table processed_event (
    event_id      uuid         primary key,
    type          text         not null,
    source        text         not null,
    processed_at  timestamptz  not null
);

-- A barrier a pilot raised: what Whitehall rule or habit stands in its way, and how far up it has gone.
create table barrier (
    id                 uuid         primary key,
    pilot_id           uuid         not null references known_pilot (pilot_id),
    title              text         not null,
    description        text         not null,
    category           text         not null,
    owning_department  text         not null,
    evidence           text         not null,
    tier               text         not null,
    tier_reached_at    timestamptz  not null,
    status             text         not null,
    decision           text,
    whitehall_change   text,
    version            bigint       not null default 0,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    constraint barrier_category_known check (category in
        ('LEGISLATION', 'FUNDING_RULES', 'PERFORMANCE_REGIME', 'DATA_SHARING', 'CULTURE', 'OTHER')),
    constraint barrier_tier_known check (tier in ('PILOT', 'GOVERNMENT_OFFICE', 'OFFICIALS_GROUP', 'MINISTERIAL_GROUP')),
    constraint barrier_status_known check (status in ('OPEN', 'RESOLVED', 'DECLINED')),
    constraint barrier_closed_has_decision check ((status = 'OPEN') = (decision is null))
);

create index barrier_pilot_idx on barrier (pilot_id);
create index barrier_open_idx on barrier (tier, tier_reached_at) where status = 'OPEN';

-- What happened to a barrier, in order: raised, each escalation (by hand or by rule), the decision.
create table barrier_step (
    seq               bigserial    primary key,
    barrier_id        uuid         not null references barrier (id),
    kind              text         not null,
    tier              text         not null,
    automatic         boolean      not null,
    reason            text,
    whitehall_change  text,
    occurred_at       timestamptz  not null,
    constraint barrier_step_kind_known check (kind in ('RAISED', 'ESCALATED', 'RESOLVED', 'DECLINED'))
);

create index barrier_step_barrier_idx on barrier_step (barrier_id, seq);
