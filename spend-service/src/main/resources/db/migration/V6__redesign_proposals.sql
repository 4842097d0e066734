-- Financial implications of redesign (docs/spend-redesign.md): a pilot's proposals to move spend (for example from
-- "repair" to "prevention"), with each body's investment (cost) and savings (benefit) per financial year, low,
-- central and high. Kept apart from the count: nothing here is read by the count, nor written by it.

create table redesign_proposal (
    id                uuid          primary key,
    pilot_id          uuid          not null,
    title             text          not null,
    theme             text,
    description       text,
    -- a real annual rate, e.g. 0.035 (HM Treasury Green Book); applied as 1/(1+r)^t, t = years after first_year
    discount_rate     numeric(7,6)  not null check (discount_rate >= 0 and discount_rate <= 1),
    -- flows are in real terms at the prices of this financial year ("2009-10")
    price_base_year   char(7)       not null,
    first_year        char(7)       not null,
    withdrawn_at      timestamptz,
    withdrawn_reason  text,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    constraint redesign_proposal_withdrawn check ((withdrawn_at is null) = (withdrawn_reason is null))
);

create index redesign_proposal_pilot on redesign_proposal (pilot_id, created_at desc, id);

-- One body's investment and savings in one financial year; GBP, real terms at the proposal's price base year.
-- position keeps the order the client sent (errors name flows[position]); replaced whole on each revision.
-- One body appears at most once a year (a domain rule, not a constraint: a revision rewrites rows by position).
create table redesign_flow (
    proposal_id        uuid           not null references redesign_proposal (id) on delete cascade,
    position           int            not null check (position >= 0),
    body               text           not null,
    financial_year     char(7)        not null,
    investment_low     numeric(19,2)  not null check (investment_low >= 0),
    investment_central numeric(19,2)  not null,
    investment_high    numeric(19,2)  not null,
    savings_low        numeric(19,2)  not null check (savings_low >= 0),
    savings_central    numeric(19,2)  not null,
    savings_high       numeric(19,2)  not null,
    primary key (proposal_id, position),
    constraint redesign_flow_investment_ordered
        check (investment_low <= investment_central and investment_central <= investment_high),
    constraint redesign_flow_savings_ordered
        check (savings_low <= savings_central and savings_central <= savings_high)
);
