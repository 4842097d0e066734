-- Decisions a held meeting took, each on one item of its agenda. barrier_id is copied from a BARRIER item so
-- that a barrier's decisions can be found without walking the agendas. A decision is never changed: a
-- correction is a new decision.
create table decision (
    id              uuid         primary key,
    meeting_id      uuid         not null references meeting (id),
    group_id        uuid         not null references governance_group (id),
    agenda_item_id  uuid         not null references agenda_item (id),
    barrier_id      uuid         references barrier (id),
    text            text         not null,
    recorded_at     timestamptz  not null
);

create index decision_meeting_idx on decision (meeting_id, recorded_at);
create index decision_barrier_idx on decision (barrier_id) where barrier_id is not null;

-- Actions a held meeting gave someone, optionally on an agenda item or following a decision. An OPEN action
-- is carried onto the group's next meeting as matters arising until it is DONE or DROPPED.
create table action_item (
    id              uuid         primary key,
    meeting_id      uuid         not null references meeting (id),
    group_id        uuid         not null references governance_group (id),
    agenda_item_id  uuid         references agenda_item (id),
    decision_id     uuid         references decision (id),
    description     text         not null,
    owner           text         not null,
    due_date        date         not null,
    status          text         not null,
    closing_note    text,
    closed_at       timestamptz,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint action_item_status_known check (status in ('OPEN', 'DONE', 'DROPPED')),
    constraint action_item_closed_at check ((status = 'OPEN') = (closed_at is null)),
    constraint action_item_dropped_has_note check (status <> 'DROPPED' or closing_note is not null)
);

create index action_item_group_idx on action_item (group_id, status, due_date);
create index action_item_owner_idx on action_item (lower(owner));

-- A MATTERS_ARISING item is one open action carried forward; each action at most once per meeting. The kind
-- check now says what each kind of carried business points at.
alter table agenda_item add column action_id uuid references action_item (id);
alter table agenda_item drop constraint agenda_item_barrier_kind;
alter table agenda_item add constraint agenda_item_kind_refers
    check ((kind = 'BARRIER') = (barrier_id is not null) and (kind = 'MATTERS_ARISING') = (action_id is not null));
create unique index agenda_item_action_once on agenda_item (meeting_id, action_id) where action_id is not null;

-- The recorded decision a barrier was resolved or declined by, when one was cited.
alter table barrier add column decision_id uuid references decision (id);
alter table barrier add constraint barrier_decision_closes check (decision_id is null or status <> 'OPEN');

-- The recorded decision that approved a key product (products approved before decisions existed have none).
alter table key_product add column decision_id uuid references decision (id);
alter table key_product add constraint key_product_decision_approves
    check (decision_id is null or status = 'APPROVED');
