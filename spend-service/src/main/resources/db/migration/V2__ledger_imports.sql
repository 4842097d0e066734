-- Bottom-up ledger imports: a body's spend file, as published, loaded into a submission.

-- A submission: one body's spending in one pilot's place for one financial year, moved through moderation.
create table submission (
    id              uuid         primary key,
    pilot_id        uuid         not null,
    body            text         not null,
    financial_year  char(7)      not null,
    state           text         not null,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint submission_body_not_blank check (btrim(body) <> ''),
    constraint submission_financial_year_format check (
        case when financial_year ~ '^[0-9]{4}-[0-9]{2}$'
             then substr(financial_year, 6, 2)::int = (substr(financial_year, 1, 4)::int + 1) % 100
             else false end),
    constraint submission_state_known check (state in ('DRAFT', 'SUBMITTED', 'MODERATED', 'ACCEPTED'))
);

create index submission_pilot_year_idx on submission (pilot_id, financial_year);

-- One upload of a file into a submission, with its reconciliation. Never deleted: a withdrawn import keeps
-- its record and report, only its lines stop counting.
create table ledger_import (
    id                 uuid           primary key,
    submission_id      uuid           not null references submission (id),
    content_sha256     char(64)       not null,
    encoding           text           not null,
    mapping            text           not null,
    rows_read          integer        not null,
    rows_accepted      integer        not null,
    rows_rejected      integer        not null,
    rows_skipped_total integer        not null,
    rows_skipped_blank integer        not null,
    accepted_total     numeric(19,2)  not null,
    duplicate_lines    integer        not null,
    withdrawn_at       timestamptz,
    withdrawn_reason   text,
    created_at         timestamptz    not null,
    constraint ledger_import_rows_add_up check (
        rows_read = rows_accepted + rows_rejected + rows_skipped_total + rows_skipped_blank),
    constraint ledger_import_sha256_format check (content_sha256 ~ '^[0-9a-f]{64}$'),
    constraint ledger_import_withdrawn_with_reason check ((withdrawn_at is null) = (withdrawn_reason is null))
);

create index ledger_import_submission_idx on ledger_import (submission_id);
-- The same content counts once: at most one import of it that has not been withdrawn.
create unique index ledger_import_content_once on ledger_import (content_sha256) where withdrawn_at is null;

-- Rows the import refused, with where and why (the first few per import; the import row has the count).
create table ledger_import_rejection (
    import_id    uuid     not null references ledger_import (id) deferrable initially deferred,
    line_number  integer  not null,
    column_name  text     not null,
    reason       text     not null,
    primary key (import_id, line_number)
);

-- Accepted lines that repeat an earlier line of the same file exactly (the first few per import).
create table ledger_import_duplicate (
    import_id          uuid     not null references ledger_import (id) deferrable initially deferred,
    line_number        integer  not null,
    first_line_number  integer  not null,
    primary key (import_id, line_number)
);

-- An accepted line of a ledger file. Kept apart from spend_line: these are source lines, never edited.
-- The import row is written after its lines (its content hash is known only at the end of the stream),
-- hence the deferred foreign keys, checked at commit.
create table ledger_line (
    import_id        uuid           not null references ledger_import (id) deferrable initially deferred,
    line_number      integer        not null,
    amount           numeric(19,2)  not null,
    currency         char(3)        not null,
    period           text,
    payment_date     date,
    supplier         text,
    service_level_1  text,
    service_level_2  text,
    service_level_3  text,
    transaction_ref  text,
    row_digest       bytea          not null,
    primary key (import_id, line_number),
    constraint ledger_line_currency_format check (currency ~ '^[A-Z]{3}$')
);

-- Saved column mappings, reused for every month of a body's files.
create table mapping_profile (
    id          uuid         primary key,
    name        text         not null,
    mapping     text         not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    constraint mapping_profile_name_not_blank check (btrim(name) <> '')
);

create unique index mapping_profile_name_unique on mapping_profile (lower(name));
