-- Risks and issues (RAID log): score = probability x impact and the RAG rating are computed by the
-- service and stored so that lists can be filtered and sorted by them. An issue has happened, so it has
-- no probability.
create table raid_item (
    id             uuid         primary key,
    kind           text         not null,
    title          text         not null,
    description    text,
    probability    integer,
    impact         integer      not null,
    score          integer      not null,
    rag            text         not null,
    owner          text         not null,
    mitigation     text,
    review_date    date         not null,
    pilot_id       uuid,
    status         text         not null,
    closed_reason  text,
    closed_at      timestamptz,
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    constraint raid_item_kind_known check (kind in ('RISK', 'ISSUE')),
    constraint raid_item_probability_range check (probability is null or probability between 1 and 5),
    constraint raid_item_impact_range check (impact between 1 and 5),
    constraint raid_item_issue_has_no_probability check ((kind = 'ISSUE') = (probability is null)),
    constraint raid_item_rag_known check (rag in ('RED', 'AMBER', 'GREEN')),
    constraint raid_item_status_known check (status in ('OPEN', 'CLOSED')),
    constraint raid_item_closed_has_reason check ((status = 'CLOSED') = (closed_reason is not null))
);

create index raid_item_review_idx on raid_item (review_date) where status = 'OPEN';
create index raid_item_rag_idx on raid_item (rag);

-- Key products of the programme (the PBR submission summary, the Budget report, communications) and
-- their approval by a named governance group.
create table key_product (
    id                  uuid         primary key,
    title               text         not null,
    kind                text         not null,
    due_date            date         not null,
    owner               text         not null,
    status              text         not null,
    approving_group_id  uuid         references governance_group (id),
    decision_reference  text,
    approved_on         date,
    rejection_reason    text,
    version             bigint       not null default 0,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    constraint key_product_kind_known check (kind in ('PBR_SUMMARY', 'BUDGET_REPORT', 'COMMUNICATION', 'OTHER')),
    constraint key_product_status_known check (status in ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED')),
    constraint key_product_awaiting_names_group
        check (status = 'DRAFT' or approving_group_id is not null),
    constraint key_product_approved_has_decision
        check ((status = 'APPROVED') = (decision_reference is not null and approved_on is not null))
);

create index key_product_status_idx on key_product (status);

-- Interdependencies with other programmes (e.g. the Operational Efficiency Programme).
create table interdependency (
    id           uuid         primary key,
    programme    text         not null,
    description  text         not null,
    owner        text         not null,
    nature       text         not null,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    constraint interdependency_nature_known check (nature in ('DEPENDS_ON', 'DEPENDED_ON_BY', 'MUTUAL'))
);
