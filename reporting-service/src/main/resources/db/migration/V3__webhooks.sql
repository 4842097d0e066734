-- Government Office webhook subscriptions and their delivery log (reporting-service fans every consumed event out
-- to the subscriptions that want it). A subscription is scoped to one English region (its Government Office's);
-- event_types are exact CloudEvents types; pilot_ids, when not null, narrows the region to some of its pilots.
create table webhook_subscription (
    id          uuid        primary key,
    name        text        not null,
    url         text        not null,
    region      text        not null,
    event_types text[]      not null,
    pilot_ids   uuid[],
    active      boolean     not null default true,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index webhook_subscription_region on webhook_subscription (region);

-- Signing secrets. retires_at null = the current secret; after a rotation the previous one keeps signing until
-- its retires_at (the grace period), so receivers can switch without losing a delivery.
create table webhook_secret (
    id              uuid        primary key,
    subscription_id uuid        not null references webhook_subscription (id),
    secret          bytea       not null,
    created_at      timestamptz not null,
    retires_at      timestamptz
);
create index webhook_secret_subscription on webhook_secret (subscription_id);

-- The outbox of deliveries: one row per subscription and event, written in the consumer's transaction. A
-- re-consumed event finds its row already there (unique), so it is not delivered twice. While an attempt is in
-- flight, next_attempt_at is pushed past the request timeout: that is the claim's lease (a dispatcher that died
-- mid-attempt leaves the row due again once the lease has run out).
create table webhook_delivery (
    id               uuid        primary key,
    subscription_id  uuid        not null references webhook_subscription (id),
    event_id         uuid        not null,
    event_type       text        not null,
    pilot_id         uuid,
    payload          text        not null,
    status           text        not null check (status in ('pending', 'delivered', 'failed')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    last_status_code int,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc);

-- Every attempt of a delivery, kept across manual redeliveries.
create table webhook_attempt (
    id          uuid        primary key,
    delivery_id uuid        not null references webhook_delivery (id),
    attempt     int         not null,
    started_at  timestamptz not null,
    duration_ms bigint      not null,
    status_code int,
    error       text
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempt);
