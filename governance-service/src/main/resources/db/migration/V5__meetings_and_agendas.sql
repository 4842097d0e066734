-- A group's standing agenda: the items every meeting of a series starts with (the officials' group's six
-- items of seed 000). Kept per group; generating a series copies it onto each meeting.
create table standing_agenda_item (
    id                uuid         primary key,
    group_id          uuid         not null references governance_group (id),
    position          integer      not null,
    title             text         not null,
    minutes_allotted  integer,
    constraint standing_agenda_item_position unique (group_id, position),
    constraint standing_agenda_item_position_positive check (position >= 1),
    constraint standing_agenda_item_minutes_positive check (minutes_allotted is null or minutes_allotted > 0)
);

-- A recurring series of meetings of one group (e.g. the officials' group, monthly), generated at once.
create table meeting_series (
    id           uuid         primary key,
    group_id     uuid         not null references governance_group (id),
    title        text         not null,
    cadence      text         not null,
    first_date   date         not null,
    occurrences  integer      not null,
    starts_at    time,
    location     text,
    created_at   timestamptz  not null,
    constraint meeting_series_cadence_known check (cadence in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'QUARTERLY')),
    constraint meeting_series_occurrences_range check (occurrences between 1 and 60)
);

create index meeting_series_group_idx on meeting_series (group_id);

-- One meeting of a group: a one-off, or one occurrence of a series.
create table meeting (
    id                uuid         primary key,
    group_id          uuid         not null references governance_group (id),
    series_id         uuid         references meeting_series (id),
    occurrence        integer,
    title             text         not null,
    meeting_date      date         not null,
    starts_at         time,
    location          text,
    status            text         not null,
    cancelled_reason  text,
    minutes_status    text         not null default 'NONE',
    version           bigint       not null default 0,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint meeting_status_known check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    constraint meeting_series_has_occurrence check ((series_id is null) = (occurrence is null)),
    constraint meeting_minutes_status_known check (minutes_status in ('NONE', 'DRAFT', 'CIRCULATED', 'APPROVED')),
    constraint meeting_cancelled_has_reason check ((status = 'CANCELLED') = (cancelled_reason is not null))
);

create index meeting_group_date_idx on meeting (group_id, meeting_date);
create index meeting_scheduled_idx on meeting (group_id, meeting_date) where status = 'SCHEDULED';
create unique index meeting_series_occurrence_unique on meeting (series_id, occurrence) where series_id is not null;

-- The agenda of a meeting, in order. STANDING items come from the group's standing agenda, ADDED ones from a
-- person, BARRIER and MATTERS_ARISING ones are open business carried onto the group's next meeting.
create table agenda_item (
    id                uuid         primary key,
    meeting_id        uuid         not null references meeting (id),
    position          integer      not null,
    kind              text         not null,
    title             text         not null,
    presenter         text,
    minutes_allotted  integer,
    barrier_id        uuid         references barrier (id),
    created_at        timestamptz  not null,
    constraint agenda_item_kind_known check (kind in ('STANDING', 'ADDED', 'BARRIER', 'MATTERS_ARISING')),
    constraint agenda_item_position unique (meeting_id, position) deferrable initially deferred,
    constraint agenda_item_position_positive check (position >= 1),
    constraint agenda_item_minutes_positive check (minutes_allotted is null or minutes_allotted > 0),
    constraint agenda_item_barrier_kind check ((kind = 'BARRIER') = (barrier_id is not null))
);

create index agenda_item_meeting_idx on agenda_item (meeting_id, position);
-- A barrier is on a given meeting's agenda at most once, however often it is carried forward.
create unique index agenda_item_barrier_once on agenda_item (meeting_id, barrier_id) where barrier_id is not null;
