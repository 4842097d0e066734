-- Open data (issue 8): what a programme decision marked published, snapshotted when it was published so that its
-- URL stays stable and its content never changes. A withdrawn publication keeps its row (and the audit trail its
-- history) but leaves /open; its URLs answer 410 Gone.
create table publication (
    id             uuid        primary key,
    subject_kind   text        not null check (subject_kind in ('PILOT_COUNT', 'REPORT')),
    pilot          text,
    financial_year text,
    report         text,
    decision_id    uuid        not null,
    published_on   date        not null,
    title          text        not null,
    -- the JSON exactly as it was served when published (text, so not even jsonb's normalising touches it)
    content        text        not null check (content::jsonb is not null),
    csv            text        not null,
    datapackage    text        check (datapackage is null or datapackage::jsonb is not null),
    published_at   timestamptz not null,
    published_by   text        not null,
    withdrawn_at   timestamptz,
    withdrawn_by   text,
    version        bigint      not null,
    check ((subject_kind = 'PILOT_COUNT' and pilot is not null and financial_year is not null and report is null)
        or (subject_kind = 'REPORT' and report is not null and pilot is null and financial_year is null))
);
create index publication_open on publication (published_on desc, id) where withdrawn_at is null;

-- A snapshot is immutable: only the withdrawal may change a publication.
create function publication_snapshot_immutable() returns trigger language plpgsql as $$
begin
    if (new.subject_kind, new.pilot, new.financial_year, new.report, new.decision_id, new.published_on, new.title,
        new.content, new.csv, new.datapackage, new.published_at, new.published_by)
       is distinct from
       (old.subject_kind, old.pilot, old.financial_year, old.report, old.decision_id, old.published_on, old.title,
        old.content, old.csv, old.datapackage, old.published_at, old.published_by) then
        raise exception 'a publication''s snapshot is immutable: withdraw it and publish again';
    end if;
    return new;
end
$$;
create trigger publication_snapshot_immutable before update on publication
    for each row execute function publication_snapshot_immutable();
create trigger publication_no_delete before delete on publication
    for each row execute function audit_entry_append_only();

create trigger publication_audit after insert or update or delete on publication
    for each row execute function audit_change('id');

-- Publishing asks whether the decision is one reporting has journaled.
create index journal_event_decision on journal_event ((data ->> 'decisionId'))
    where type = 'totalplace.governance.decision-recorded.v1';
