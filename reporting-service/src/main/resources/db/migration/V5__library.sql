-- The knowledge library (issue 8): citizens' stories, research reports, news coverage and practice notes that the
-- Leadership Centre's knowledge management collects and the fortnightly update carries.
--
-- A citizen story keeps what identifies the people in it apart: identifying_texts[i] (a name, an address) is shown
-- as identifying_shown_as[i] ("a resident"). anonymised_title and anonymised_body are the text with each replaced.
-- The service writes them with every change; they are all that search indexes, so no name can be found or quoted
-- by a search. Other kinds have no identifying details and their anonymised text is the text.
create table library_item (
    id                 uuid        primary key,
    kind               text        not null check (kind in ('CITIZEN_STORY', 'RESEARCH_REPORT', 'NEWS_COVERAGE',
                                                              'PRACTICE_NOTE')),
    title              text        not null,
    body               text        not null,
    anonymised_title   text        not null,
    anonymised_body    text        not null,
    item_date          date        not null,
    source             text        not null,
    url                text,
    places             text[]      not null default '{}',
    themes             text[]      not null default '{}',
    tags               text[]      not null default '{}',
    consent_to_publish boolean     not null default false,
    anonymise          boolean     not null default true,
    identifying_texts    text[]    not null default '{}',
    identifying_shown_as text[]    not null default '{}',
    version            bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check (cardinality(identifying_texts) = cardinality(identifying_shown_as))
);

-- array_to_string is only stable (it may call element output functions); for text[] it is immutable, which a
-- generated column needs.
create function library_tag_text(places text[], themes text[], tags text[]) returns text
    language sql immutable parallel safe
    return array_to_string(places || themes || tags, ' ');

-- Weights: title A, tags (places, themes, free tags) B, body C.
alter table library_item add column search tsvector generated always as (
        setweight(to_tsvector('english'::regconfig, anonymised_title), 'A')
     || setweight(to_tsvector('english'::regconfig, library_tag_text(places, themes, tags)), 'B')
     || setweight(to_tsvector('english'::regconfig, anonymised_body), 'C')) stored;

create index library_item_search on library_item using gin (search);
create index library_item_date on library_item (item_date desc, id);
create index library_item_places on library_item using gin (places);
create index library_item_themes on library_item using gin (themes);
create index library_item_tags on library_item using gin (tags);

create trigger library_item_audit after insert or update or delete on library_item
    for each row execute function audit_change('id');
