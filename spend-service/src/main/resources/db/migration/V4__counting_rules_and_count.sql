-- The count: source figures (ledger lines, Revenue Outturn, CRA apportioned) classified by a versioned rule set
-- into one two-level functional classification (COFOG as the CRA uses it: "10" Social protection, "10.2" Old age).

-- A rule set version. A published version never changes; changing the rules means publishing a new version.
-- definition: the rules as JSON (see docs/spend-count.md); the source lines they classify are never rewritten.
create table counting_rule_set (
    version       int          primary key check (version >= 1),
    name          text         not null,
    status        text         not null check (status in ('DRAFT', 'PUBLISHED')),
    definition    text         not null,
    created_at    timestamptz  not null,
    published_at  timestamptz,
    row_version   bigint       not null default 0,
    constraint counting_rule_set_published_at check ((status = 'PUBLISHED') = (published_at is not null))
);

-- DCLG Revenue Outturn (RS) figures as published: one row per body x column x sheet, £ THOUSAND, verbatim labels.
create table outturn_line (
    financial_year  char(7)  not null,
    sheet           text     not null,
    e_code          text     not null,
    body            text     not null,
    body_class      text     not null,
    -- the body's 3-letter register code (codes/uk_local_authorities_current.csv, by E-code); null for bodies it
    -- does not list (police, fire and other class O authorities)
    register_code   text,
    column_label    text     not null,
    value_gbp_thousand  numeric  not null,
    line            int      not null,
    import_id       uuid     not null references data_import (id),
    primary key (financial_year, sheet, e_code, column_label)
);

create index outturn_line_register_year on outturn_line (register_code, financial_year);

-- An import's accepted lines summed by the categories counting rules can match on, written when the import is
-- stored: recounting a pilot's year reads these (thousands of rows) instead of every ledger line (millions).
create table ledger_category_total (
    import_id        uuid           not null references ledger_import (id) deferrable initially deferred,
    service_level_1  text,
    service_level_2  text,
    service_level_3  text,
    supplier         text,
    amount           numeric(19,2)  not null,
    line_count       bigint         not null
);

create index ledger_category_total_import on ledger_category_total (import_id);

insert into ledger_category_total (import_id, service_level_1, service_level_2, service_level_3, supplier, amount,
                                   line_count)
select import_id, service_level_1, service_level_2, service_level_3, supplier, sum(amount), count(*)
from ledger_line
group by import_id, service_level_1, service_level_2, service_level_3, supplier;

-- The pilot's population for a financial year (the mid-year estimate inside it), as the count used it for
-- per-capita figures; null population when the pilot's areas cannot be given one (merged population columns).
create table count_population (
    pilot_id        uuid     not null,
    financial_year  char(7)  not null,
    population      bigint   check (population > 0),
    population_year int      not null,
    columns         text     not null,
    why_none        text,
    primary key (pilot_id, financial_year)
);

-- The counted figures of a pilot's year under one published rule version, recomputed from the source whenever a
-- source, an adjustment or the rules change (never edited by hand). GBP, nominal, rounded half-even to the penny.
--   method:    bottom-up (ledger lines), outturn (Revenue Outturn), top-down (CRA x population share),
--              adjustment (a moderator's separate line)
--   treatment: counted, or excluded by a named rule (exclusion says which and why)
--   function:  l1 '10', l2 '10.2'; 'unclassified' when no rule matched (still shown, never dropped)
create table counted_figure (
    rule_version    int            not null references counting_rule_set (version),
    pilot_id        uuid           not null,
    financial_year  char(7)        not null,
    method          text           not null check (method in ('bottom-up', 'outturn', 'top-down', 'adjustment')),
    body            text           not null,
    function_l1     text           not null,
    function_l2     text           not null,
    spend_type      text           not null check (spend_type in ('revenue', 'capital')),
    treatment       text           not null check (treatment in ('counted', 'excluded')),
    exclusion       text,
    amount          numeric(19,2)  not null,
    line_count      bigint         not null check (line_count >= 0),
    constraint counted_figure_exclusion_named check ((treatment = 'excluded') = (exclusion is not null))
);

create index counted_figure_version_pilot_year on counted_figure (rule_version, pilot_id, financial_year);

-- When each pilot's year was last counted under a version, and the totals it then had (for totals-changed events).
create table count_run (
    rule_version    int            not null references counting_rule_set (version),
    pilot_id        uuid           not null,
    financial_year  char(7)        not null,
    counted_at      timestamptz    not null,
    totals_digest   text           not null,
    primary key (rule_version, pilot_id, financial_year)
);

-- Revenue Outturn and deflator series are shared data files too, imported with the same reconciliation.
alter table data_import drop constraint data_import_dataset_known;
alter table data_import add constraint data_import_dataset_known
    check (dataset in ('population-la', 'population-regions', 'cra', 'outturn', 'deflator'));
