-- The roll-out of Total Place as put to ministers (seed 001, January 2010): for each element an emerging
-- hypothesis, the outcomes sought, the barriers to achieving them and ways of overcoming these.
--
-- The outcomes and ways are short ordered lists of text only ever written and read with their element, so they
-- are text[] columns (as a paper's sub-points); the linked barriers are rows of their own, so that SQL keeps
-- them pointing at barriers of this service and the audit trail names each link.
create table rollout_element (
    id                uuid         primary key,
    kind              text         not null,
    hypothesis        text         not null,
    outcomes_sought   text[]       not null,
    ways_to_overcome  text[]       not null,
    status            text         not null,
    status_reason     text,
    version           bigint       not null default 0,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint rollout_element_kind_known check (kind in ('COLLABORATIVE_SERVICE_REDESIGN', 'LOCAL_LEADERSHIP',
        'POLICY_CO_DESIGN', 'INNOVATION_AND_ROLL_OUT', 'FORA_WITH_AUTHORITY')),
    constraint rollout_element_status_known check (status in ('PROPOSED', 'TESTING', 'EVIDENCED', 'NOT_SUPPORTED'))
);

create index rollout_element_listed on rollout_element (kind, status, created_at);

create table rollout_element_barrier (
    element_id  uuid     not null references rollout_element (id),
    position    integer  not null,
    barrier_id  uuid     not null references barrier (id),
    primary key (element_id, position),
    constraint rollout_element_barrier_once unique (element_id, barrier_id) deferrable initially deferred
);

create trigger rollout_element_audit after insert or update or delete on rollout_element for each row execute function audit_change('id');
create trigger rollout_element_barrier_audit after insert or update or delete on rollout_element_barrier for each row execute function audit_change('element_id', 'position');
