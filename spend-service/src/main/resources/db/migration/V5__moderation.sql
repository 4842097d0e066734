-- Moderation: partner bodies as pilots-service announces them, moderators' adjustments.

-- The register of partner bodies (partner-body-registered/updated, keyed by the body). version is the body's
-- version in pilots-service: an older or equal one never overwrites a newer one.
create table known_partner_body (
    body_id     uuid         primary key,
    name        text         not null,
    type        text         not null,
    code        text,
    version     bigint       not null,
    updated_at  timestamptz  not null
);

-- One period of a partner body in a pilot's partnership (partner-body-joined/left, keyed by the pilot). The body's
-- name, type and code as the membership event gave them, used until a register event for the body is received.
-- version is the membership's version in pilots-service.
create table known_partner_membership (
    membership_id  uuid         primary key,
    pilot_id       uuid         not null references known_pilot (pilot_id) on delete cascade,
    body_id        uuid         not null,
    body_name      text         not null,
    body_type      text         not null,
    body_code      text,
    joined_on      date         not null,
    left_on        date,
    version        bigint       not null,
    updated_at     timestamptz  not null,
    constraint known_partner_membership_period check (left_on is null or left_on >= joined_on)
);

create index known_partner_membership_pilot_idx on known_partner_membership (pilot_id);

-- A moderator's adjustment: a separate signed line in a pilot's count for a year, never a change to a source line.
-- Withdrawn rather than deleted: a withdrawn adjustment keeps its row, reason and author and stops counting.
create table adjustment (
    id                uuid           primary key,
    pilot_id          uuid           not null,
    financial_year    char(7)        not null,
    body              text           not null,
    function_l1       text           not null,
    function_l2       text           not null,
    spend_type        text           not null,
    amount            numeric(19,2)  not null,
    currency          char(3)        not null,
    reason            text           not null,
    author            text           not null,
    created_at        timestamptz    not null,
    withdrawn_at      timestamptz,
    withdrawn_reason  text,
    withdrawn_by      text,
    version           bigint         not null default 0,
    constraint adjustment_body_not_blank check (btrim(body) <> ''),
    constraint adjustment_reason_not_blank check (btrim(reason) <> ''),
    constraint adjustment_author_not_blank check (btrim(author) <> ''),
    constraint adjustment_financial_year_format check (
        case when financial_year ~ '^[0-9]{4}-[0-9]{2}$'
             then substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100
             else false end),
    constraint adjustment_function_l2_in_l1 check (split_part(function_l2, '.', 1) = function_l1),
    constraint adjustment_spend_type_known check (spend_type in ('revenue', 'capital')),
    constraint adjustment_currency_format check (currency ~ '^[A-Z]{3}$'),
    constraint adjustment_withdrawn_whole check (
        (withdrawn_at is null) = (withdrawn_reason is null) and (withdrawn_at is null) = (withdrawn_by is null))
);

create index adjustment_pilot_year_idx on adjustment (pilot_id, financial_year);
