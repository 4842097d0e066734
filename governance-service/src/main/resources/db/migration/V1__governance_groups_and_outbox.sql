-- Governance groups: the ministerial group, the officials' group, the LGA Improvement Board,
-- each pilot's own board, and any other group the programme sets up.
create table governance_group (
    id          uuid         primary key,
    code        text         not null,
    name        text         not null,
    kind        text         not null,
    pilot_id    uuid,
    chair       text,
    cadence     text,
    purpose     text,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint governance_group_code_unique unique (code),
    constraint governance_group_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
    constraint governance_group_kind_known
        check (kind in ('MINISTERIAL', 'OFFICIALS', 'IMPROVEMENT_BOARD', 'PILOT_BOARD', 'OTHER')),
    constraint governance_group_cadence_known
        check (cadence is null or cadence in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'QUARTERLY', 'AD_HOC')),
    constraint governance_group_pilot_board_names_pilot
        check ((kind = 'PILOT_BOARD') = (pilot_id is not null))
);

create index governance_group_kind_idx on governance_group (kind);
create index governance_group_pilot_idx on governance_group (pilot_id) where pilot_id is not null;

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
