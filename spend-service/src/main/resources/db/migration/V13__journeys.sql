-- Customer insight: journey costing (docs/spend-journeys.md). A service user's journey through a pilot's public
-- bodies as ordered contacts, each with a unit cost either stated (with its source) or derived from the body's
-- counted spend in a function ÷ a stated activity volume. A redesigned journey names the journey it redesigns.
-- The costing itself is computed from these rows on every read, never stored. Reads the count; never writes it.

create table journey (
    id                    uuid         primary key,
    pilot_id              uuid         not null,
    name                  text         not null check (btrim(name) <> ''),
    theme                 text         not null,
    description           text,
    financial_year        char(7)      not null,
    -- every amount of the journey is GBP at this price basis: nominal, or real at price_base_year's prices
    price_kind            text         not null check (price_kind in ('nominal', 'real')),
    price_base_year       char(7),
    -- the "today" journey this one redesigns (null: this is a journey as it is today)
    redesigns             uuid         references journey (id),
    -- optionally, the redesign proposal whose business case this journey feeds
    redesign_proposal_id  uuid         references redesign_proposal (id),
    version               bigint       not null default 0,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    constraint journey_base_year check ((price_kind = 'real') = (price_base_year is not null)),
    constraint journey_not_own_redesign check (redesigns is null or redesigns <> id)
);

create index journey_pilot on journey (pilot_id, created_at desc, id);
create index journey_redesigns on journey (redesigns);

-- One contact, in the order the client sent (position; errors name contacts[position]). body_id/body_name: the
-- partner body the text resolved to when the journey was written. unit_cost is GBP to the penny; for a derived
-- cost the derivation is kept as it was then (rule version, counted spend, volume), so later recounts do not move a
-- costing silently: revising the journey derives again.
create table journey_contact (
    journey_id        uuid           not null references journey (id) on delete cascade,
    position          int            not null check (position >= 0),
    day_offset        int            not null check (day_offset >= 0),
    body_id           uuid           not null,
    body_name         text           not null,
    activity          text           not null check (btrim(activity) <> ''),
    purpose           text           not null check (purpose in ('REPAIR', 'PREVENTION')),
    quantity          int            not null check (quantity > 0),
    unit_cost         numeric(19,2)  not null check (unit_cost >= 0),
    unit_cost_kind    text           not null check (unit_cost_kind in ('stated', 'derived')),
    source            text,
    function_code     text,
    rule_version      int,
    counted_spend     numeric(19,2),
    activity_volume   bigint         check (activity_volume > 0),
    volume_source     text,
    primary key (journey_id, position),
    constraint journey_contact_stated check (unit_cost_kind <> 'stated' or source is not null),
    constraint journey_contact_derived check (unit_cost_kind <> 'derived' or (function_code is not null
        and rule_version is not null and counted_spend is not null and activity_volume is not null
        and volume_source is not null))
);

-- Audited like every other table a person writes (V10).
create trigger journey_audit after insert or update or delete on journey
    for each row execute function audit_change('id');
create trigger journey_contact_audit after insert or update or delete on journey_contact
    for each row execute function audit_change('journey_id', 'position');
