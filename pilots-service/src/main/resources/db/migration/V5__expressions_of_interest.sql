-- Place-based budget expressions of interest (seed 003: 45 received, passed to HMT and CLG).
-- Any place may send one; pilot_id is set only when the place is a pilot.
create table expression_of_interest (
    id           uuid        primary key,
    place        text        not null,
    lead_body    text        not null,
    region       text        not null,
    summary      text        not null,
    received_on  date        not null,
    pilot_id     uuid        references pilot (id),
    status       text        not null,
    forwarded_on date,
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    constraint expression_of_interest_region_known check (region in ('NORTH_EAST', 'NORTH_WEST',
        'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS', 'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST',
        'SOUTH_WEST')),
    constraint expression_of_interest_status_known check (status in ('RECEIVED', 'UNDER_REVIEW', 'FORWARDED',
        'SHORTLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    constraint expression_of_interest_forwarded_after_receipt check (forwarded_on is null or forwarded_on >= received_on)
);
create index expression_of_interest_status on expression_of_interest (status);
create index expression_of_interest_region on expression_of_interest (region);
create index expression_of_interest_pilot on expression_of_interest (pilot_id);
create index expression_of_interest_received_on on expression_of_interest (received_on);

-- The departments an expression of interest was passed to: a non-empty subset of HM Treasury and CLG.
create table expression_of_interest_forwarded_to (
    expression_of_interest_id uuid not null references expression_of_interest (id) on delete cascade,
    department                text not null,
    primary key (expression_of_interest_id, department),
    constraint expression_of_interest_department_known check (department in ('HMT', 'CLG'))
);

-- Every status an expression of interest passed through, in order; from_status is null for its receipt.
create table expression_of_interest_status_change (
    expression_of_interest_id uuid        not null references expression_of_interest (id) on delete cascade,
    seq                       integer     not null,
    from_status               text,
    to_status                 text        not null,
    changed_at                timestamptz not null,
    reason                    text,
    primary key (expression_of_interest_id, seq)
);
