-- Who sits on a governance group, as a person or as a post, in which role, for which body, and when.
-- Ending a membership sets its last day (to_date); rows are never deleted, so the history is kept.
create table group_membership (
    id             uuid         primary key,
    group_id       uuid         not null references governance_group (id),
    person         text,
    post           text,
    role           text         not null,
    alternate_for  uuid         references group_membership (id),
    on_behalf_of   text,
    from_date      date         not null,
    to_date        date,
    version        bigint       not null default 0,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    constraint group_membership_person_or_post check ((person is null) <> (post is null)),
    constraint group_membership_role_known
        check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'ALTERNATE', 'OBSERVER', 'SECRETARIAT')),
    constraint group_membership_alternate_names_member check ((role = 'ALTERNATE') = (alternate_for is not null)),
    constraint group_membership_period check (to_date is null or to_date >= from_date)
);

create index group_membership_group_idx on group_membership (group_id, from_date);
