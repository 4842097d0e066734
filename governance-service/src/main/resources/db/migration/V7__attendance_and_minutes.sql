-- Quorum rule per group: MAJORITY (more than half of the voting seats in post on the meeting date) or
-- AT_LEAST quorum_seats of them. Existing groups keep the default, MAJORITY.
alter table governance_group
    add column quorum_kind  text     not null default 'MAJORITY',
    add column quorum_seats integer,
    add constraint governance_group_quorum_known check (
        (quorum_kind = 'MAJORITY' and quorum_seats is null)
        or (quorum_kind = 'AT_LEAST' and quorum_seats >= 1));
