-- Pilots as pilots-service last announced them (from totalplace.pilots.v1): the places top-down estimates are for.
create table known_pilot (
    pilot_id    uuid         primary key,
    code        text         not null,
    name        text         not null,
    region      text         not null,
    version     bigint       not null,
    -- the pilot version of the last pilot-areas-changed applied (null: none received yet)
    areas_version  bigint,
    updated_at  timestamptz  not null
);

-- A pilot's local authority areas, exactly as the last pilot-areas-changed gave them (the whole set).
create table known_pilot_area (
    pilot_id       uuid  not null references known_pilot (pilot_id) on delete cascade,
    register_code  text  not null,
    gss_code       text,
    name           text  not null,
    primary key (pilot_id, register_code)
);

-- Ids of the consumed events already applied, recorded in the same transaction as the change.
create table processed_event (
    event_id      uuid         primary key,
    type          text         not null,
    source        text         not null,
    processed_at  timestamptz  not null
);

-- One import of a shared public data file (read in place), with its reconciliation:
-- rows_read = rows_loaded + rows_rejected. The latest import of a dataset replaces its figures wholesale.
create table data_import (
    id             uuid         primary key,
    dataset        text         not null,
    file           text         not null,
    sha256         char(64)     not null,
    rows_read      bigint       not null,
    rows_loaded    bigint       not null,
    rows_rejected  bigint       not null,
    -- figures stored: a wide population row holds one per area; a CRA row one
    figures_loaded bigint       not null,
    -- exact sum of the loaded values in the file's own unit (CRA: £ thousand); null for population
    loaded_total   numeric,
    imported_at    timestamptz  not null,
    constraint data_import_dataset_known check (dataset in ('population-la', 'population-regions', 'cra')),
    constraint data_import_reconciles check (rows_read = rows_loaded + rows_rejected)
);

create table data_import_rejection (
    import_id    uuid    not null references data_import (id) on delete cascade,
    line         bigint  not null,
    column_name  text,
    reason       text    not null,
    primary key (import_id, line)
);

-- ONS mid-year population estimates (30 June of the year), per area as the file names it.
-- dataset 'population-la': the BritishDrugDynamics areas; 'population-regions': England and its 9 regions.
create table population (
    dataset     text    not null,
    area        text    not null,
    year        int     not null,
    population  bigint  not null check (population >= 0),
    import_id   uuid    not null references data_import (id),
    primary key (dataset, area, year)
);

-- HM Treasury Country and Regional Analysis 2014, one row per source row x year (cra/cra_2014_long.csv), kept
-- verbatim. Values are in £ THOUSAND, exact (numeric without scale: some carry 22 decimal places).
create table cra_line (
    year                     char(7)  not null,
    department               text     not null,
    cofog_level_0            text     not null,
    hmt_function             text     not null,
    cofog_level_1            text     not null,
    hmt_subfunction          text     not null,
    cra_segment              text     not null,
    cra_segment_description  text     not null,
    id_non_id                text     not null check (id_non_id in ('ID', 'Non-ID')),
    cap_or_cur               text     not null,
    cg_lg_or_pc              text     not null,
    nuts_region              text     not null,
    country                  text     not null,
    value_gbp_thousand       numeric  not null,
    source_row               int      not null,
    line                     bigint   primary key,
    import_id                uuid     not null references data_import (id)
);
-- the top-down estimate sums a region's identifiable spend by function for a year
create index cra_line_region_year on cra_line (nuts_region, year, id_non_id);
