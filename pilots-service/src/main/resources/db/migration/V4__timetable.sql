-- The programme timetable: each pilot's phase, its milestones, the national reporting points and the
-- pilots' submissions to them.

-- Phase 1: the count (leaders of all public bodies agree needs, services and the level of spending);
-- phase 2: service redesign and tackling organisational and cultural barriers. Every pilot starts in 1.
alter table pilot add column phase smallint not null default 1;
alter table pilot add constraint pilot_phase_known check (phase in (1, 2));

-- The national reporting points of the programme. Programme-level reference data, fixed here.
create table reporting_point (
    id          uuid primary key,
    code        text not null,
    name        text not null,
    description text not null,
    due_date    date not null,
    constraint reporting_point_code_unique unique (code)
);

-- The agreed structure of a reporting point's submissions: every section listed is required.
-- A point without rows here has no agreed structure, and a submission may use any section names.
create table reporting_point_section (
    reporting_point_id uuid    not null references reporting_point (id),
    position           integer not null,
    section            text    not null,
    primary key (reporting_point_id, position),
    constraint reporting_point_section_unique unique (reporting_point_id, section)
);

-- The seeds give only "summarised early in September" 2009 (seed 001, paragraph 1) for the
-- Pre-Budget Report; 2009-09-04, the first Friday of September, is the due date chosen here.
insert into reporting_point (id, code, name, description, due_date) values
    ('5b0c7a3e-2f0e-4c52-9d0e-2009090400a1', 'PBR-2009', 'Pre-Budget Report 2009',
     'Pilot submissions prepared over the summer and summarised early in September 2009 for the Pre-Budget Report',
     date '2009-09-04'),
    ('5b0c7a3e-2f0e-4c52-9d0e-2010020500b2', 'BUDGET-2010', 'Budget 2010',
     'Final pilot reports for the Budget, in the structure agreed by the pilots'' working group, CLG and HMT: '
         || 'the financial implications of the pilot''s work blended with the changes needed from Whitehall',
     date '2010-02-05');

insert into reporting_point_section (reporting_point_id, position, section) values
    ('5b0c7a3e-2f0e-4c52-9d0e-2010020500b2', 0, 'financial-implications'),
    ('5b0c7a3e-2f0e-4c52-9d0e-2010020500b2', 1, 'whitehall-changes');

-- A pilot's milestones: PLANNED until MET (on a date) or MISSED; both outcomes are final.
create table milestone (
    id         uuid        primary key,
    pilot_id   uuid        not null references pilot (id),
    title      text        not null,
    phase      smallint    not null,
    due_date   date        not null,
    status     text        not null,
    met_on     date,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint milestone_phase_known check (phase in (1, 2)),
    constraint milestone_status_known check (status in ('PLANNED', 'MET', 'MISSED')),
    constraint milestone_met_on_only_when_met check ((status = 'MET') = (met_on is not null))
);
create index milestone_pilot on milestone (pilot_id);

-- A pilot's submission to a reporting point: one per pilot and point.
create table submission (
    id                 uuid        primary key,
    pilot_id           uuid        not null references pilot (id),
    reporting_point_id uuid        not null references reporting_point (id),
    state              text        not null,
    version            bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    constraint submission_one_per_pilot_and_point unique (pilot_id, reporting_point_id),
    constraint submission_state_known check (state in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'))
);

create table submission_section (
    submission_id uuid not null references submission (id) on delete cascade,
    section       text not null,
    content       text not null,
    primary key (submission_id, section)
);

-- Every state a submission has been in: who moved it, when, and why (a return always says why).
create table submission_state_change (
    id            uuid        primary key,
    submission_id uuid        not null references submission (id) on delete cascade,
    position      integer     not null,
    from_state    text,
    to_state      text        not null,
    reason        text,
    changed_by    text,
    changed_at    timestamptz not null,
    constraint submission_state_change_order unique (submission_id, position)
);
