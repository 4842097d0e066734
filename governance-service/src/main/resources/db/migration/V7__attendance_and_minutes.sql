-- Quorum rule per group: MAJORITY (more than half of the voting seats in post on the meeting date) or
-- AT_LEAST quorum_seats of them. Existing groups keep the default, MAJORITY.
alter table governance_group
    add column quorum_kind  text     not null default 'MAJORITY',
    add column quorum_seats integer,
    add constraint governance_group_quorum_known check (
        (quorum_kind = 'MAJORITY' and quorum_seats is null)
        or (quorum_kind = 'AT_LEAST' and quorum_seats >= 1));

-- A meeting's attendance register: one per meeting, replaced whole each time it is recorded. quorate is the
-- verdict stored when the meeting is held (null until then), and kept in step if the register is re-recorded.
create table attendance_register (
    meeting_id   uuid         primary key references meeting (id),
    quorate      boolean,
    recorded_at  timestamptz  not null,
    updated_at   timestamptz  not null
);

-- One line per membership of the group; the rules allow each membership once.
create table attendance_entry (
    meeting_id      uuid     not null references attendance_register (meeting_id),
    position        integer  not null,
    membership_id   uuid     not null references group_membership (id),
    status          text     not null,
    represented_by  uuid     references group_membership (id),
    primary key (meeting_id, position),
    constraint attendance_entry_status_known check (status in ('PRESENT', 'APOLOGIES', 'ABSENT', 'REPRESENTED')),
    constraint attendance_entry_represented_names_alternate
        check ((status = 'REPRESENTED') = (represented_by is not null))
);

-- Others in attendance, by name ("John Atkinson, Leadership Centre"); they never count towards the quorum.
create table attendance_guest (
    meeting_id  uuid     not null references attendance_register (meeting_id),
    position    integer  not null,
    name        text     not null,
    primary key (meeting_id, position)
);

-- The minutes of a held meeting. Their status is meeting.minutes_status; once approved_at_meeting_id is set,
-- the text never changes (corrections are rows of minutes_correction).
create table meeting_minutes (
    meeting_id                uuid         primary key references meeting (id),
    text                      text         not null,
    circulated_at             timestamptz,
    approved_at_meeting_id    uuid         references meeting (id),
    approved_at_meeting_date  date,
    approved_at               timestamptz,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    constraint meeting_minutes_approved_elsewhere check (approved_at_meeting_id <> meeting_id),
    constraint meeting_minutes_approval_whole check (
        (approved_at_meeting_id is null) = (approved_at_meeting_date is null)
        and (approved_at_meeting_id is null) = (approved_at is null))
);

create table minutes_amendment (
    id             uuid         primary key,
    meeting_id     uuid         not null references meeting_minutes (meeting_id),
    number         integer      not null,
    amendment      text         not null,
    previous_text  text         not null,
    recorded_at    timestamptz  not null,
    constraint minutes_amendment_number_unique unique (meeting_id, number)
);

create table minutes_correction (
    id           uuid         primary key,
    meeting_id   uuid         not null references meeting_minutes (meeting_id),
    number       integer      not null,
    text         text         not null,
    reason       text         not null,
    recorded_at  timestamptz  not null,
    constraint minutes_correction_number_unique unique (meeting_id, number)
);
