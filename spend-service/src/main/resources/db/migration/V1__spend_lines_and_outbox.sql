-- Spend lines: one amount of public money spent in a pilot place by one body in one financial year,
-- counted bottom-up (a body's ledgers) or top-down (national statistics apportioned to the place).
create table spend_line (
    id              uuid           primary key,
    pilot_id        uuid           not null,
    body            text           not null,
    financial_year  char(7)        not null,
    amount          numeric(19,2)  not null,
    currency        char(3)        not null,
    price_basis     text           not null,
    base_year       char(7),
    method          text           not null,
    description     text,
    version         bigint         not null default 0,
    created_at      timestamptz    not null,
    constraint spend_line_body_not_blank check (btrim(body) <> ''),
    -- "2009-10": April 2009 to March 2010; the second part is the year after the first, modulo 100.
    -- (case, not "and": PostgreSQL does not promise to test the pattern before the casts)
    constraint spend_line_financial_year_format check (
        case when financial_year ~ '^[0-9]{4}-[0-9]{2}$'
             then substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100
             else false end),
    constraint spend_line_currency_format check (currency ~ '^[A-Z]{3}$'),
    constraint spend_line_price_basis_known check (price_basis in ('nominal', 'real')),
    constraint spend_line_base_year_format check (
        case when base_year is null then true
             when base_year ~ '^[0-9]{4}-[0-9]{2}$'
             then substr(base_year, 6, 2)::int = (substr(base_year, 1, 4)::int + 1) % 100
             else false end),
    -- A real price basis states its base year; a nominal one has none.
    constraint spend_line_base_year_iff_real check ((price_basis = 'real') = (base_year is not null)),
    constraint spend_line_method_known check (method in ('bottom-up', 'top-down'))
);

create index spend_line_pilot_year_idx on spend_line (pilot_id, financial_year);
create index spend_line_financial_year_idx on spend_line (financial_year);

-- Transactional outbox: written in the same transaction as the change, published by OutboxRelay.
create table outbox_event (
    seq           bigserial    primary key,
    id            uuid         not null unique,
    aggregate_id  text         not null,
    type          text         not null,
    payload       text         not null,
    occurred_at   timestamptz  not null,
    sent_at       timestamptz
);

create index outbox_event_unsent_idx on outbox_event (seq) where sent_at is null;
