-- Deflator series, loaded as data (POST /national-data/deflators, a CSV body "financialYear,index"), for real-terms
-- aggregates. Each import is a data_import row (dataset 'deflator') with its reconciliation; importing a series
-- under a name already used replaces that series wholesale (its earlier imports stay on record).
create table deflator_series (
    series      text         primary key check (series ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    -- the series' own reference year (where it is usually 100), as the publisher states it
    base_year   char(7)      not null,
    source      text         not null check (length(source) between 1 and 2000),
    import_id   uuid         not null references data_import (id),
    imported_at timestamptz  not null
);

create table deflator (
    series          text     not null references deflator_series (series) on delete cascade,
    financial_year  char(7)  not null,
    index_value     numeric  not null check (index_value > 0),
    -- the line of the CSV it came from (the header is line 1)
    line            int      not null,
    primary key (series, financial_year)
);

-- Rounds half to even ("banker's rounding") to a number of decimal places: PostgreSQL's round(numeric, int)
-- rounds halves away from zero. Used for real-terms cells (rounded to the penny per cell and year).
create function round_half_even(value numeric, places int) returns numeric
    language sql immutable strict parallel safe as $$
    select case
               when abs(value * power(10::numeric, places) - trunc(value * power(10::numeric, places))) = 0.5
                   then 2 * round(value * power(10::numeric, places) / 2) / power(10::numeric, places)
               else round(value, places)
           end
$$;

-- The aggregate API always filters on one rule version and (by default) treatment 'counted', then groups by any
-- of pilot, year and function. This covering index lets the pilot x function x year drilldown be answered from the
-- index alone (an index-only scan), without visiting the table.
create index counted_figure_aggregate on counted_figure (rule_version, treatment, pilot_id, financial_year, function_l1)
    include (function_l2, amount, line_count);
