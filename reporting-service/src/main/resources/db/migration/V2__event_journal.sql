-- Every event the reports are folded from, as received: written by its consumer in the same transaction as its
-- processed_event row, so an event is journaled exactly once. event_time is the CloudEvents "time" (what asOf
-- compares with); received_at only says when reporting stored it. pilot_id is data.pilotId where the type has one.
-- POST /journal/rebuild refills this table from the topics.
create table journal_event (
    event_id    uuid        primary key,
    type        text        not null,
    source      text        not null,
    subject     text,
    pilot_id    uuid,
    event_time  timestamptz not null,
    data        jsonb       not null,
    received_at timestamptz not null
);
-- The fold's order and the asOf / window queries.
create index journal_event_time on journal_event (event_time, event_id);
