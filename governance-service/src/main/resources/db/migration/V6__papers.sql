-- Papers for a governance group in the Improvement Board format (seed 001): summary, recommendations, action,
-- contact officer, numbered paragraphs, financial implications, implications for Wales.
--
-- Storage: the numbered paragraphs are rows of their own (paper_paragraph, keyed by paper and number, so SQL
-- itself keeps the numbers unique); the recommendations and a paragraph's lettered sub-points are short
-- ordered lists of text that are only ever written and read with their owner, so they are text[] columns
-- rather than more tables. jsonb was not chosen: every part of the format is known and fixed, and columns
-- keep the "required" rules in the schema.
create table paper (
    id                     uuid         primary key,
    group_id               uuid         not null references governance_group (id),
    title                  text         not null,
    meeting_date           date         not null,
    item_number            integer,
    summary                text         not null,
    recommendations        text[]       not null,
    action                 text         not null,
    contact_name           text         not null,
    contact_organisation   text         not null,
    contact_phone          text         not null,
    contact_email          text         not null,
    financial_implications text         not null,
    implications_for_wales text         not null,
    version                bigint       not null default 0,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    constraint paper_item_number_positive check (item_number is null or item_number > 0),
    constraint paper_has_a_recommendation check (cardinality(recommendations) >= 1)
);

create index paper_group_idx on paper (group_id, meeting_date);

-- number is the paragraph's place in the paper, 1..n, assigned by the service (the list's order column).
create table paper_paragraph (
    paper_id      uuid     not null references paper (id) on delete cascade,
    number        integer  not null,
    heading       text,
    text          text     not null,
    sub_points    text[]   not null default '{}',
    closing_text  text,
    primary key (paper_id, number),
    constraint paper_paragraph_number_positive check (number > 0),
    constraint paper_paragraph_closing_follows_sub_points
        check (closing_text is null or cardinality(sub_points) > 0)
);

-- The paper an agenda item is taken with, if any; the service keeps it to a paper of the meeting's own group.
-- Once that meeting is HELD the paper was tabled there, and it no longer changes.
alter table agenda_item add column paper_id uuid references paper (id);
create index agenda_item_paper_idx on agenda_item (paper_id) where paper_id is not null;

-- The standing agenda's own version, its ETag: it moves by one each time the whole list is replaced, apart
-- from the group's version (renaming a group does not stale a standing agenda someone is editing, nor back).
alter table governance_group add column standing_agenda_version bigint not null default 0;
