-- Comments on a barrier (issue 7): pilot staff on their own pilots' barriers, Government Office officers on those of
-- their region's pilots, the programme office on any. The author is the commenter's token subject. A comment is
-- never edited or removed: updating, deleting or truncating fails. Audited like the other records people write.
create table barrier_comment (
    id          uuid         primary key,
    barrier_id  uuid         not null references barrier (id),
    author      text         not null,
    text        text         not null,
    at          timestamptz  not null,
    constraint barrier_comment_text_not_blank check (length(btrim(text)) > 0)
);

create index barrier_comment_barrier_idx on barrier_comment (barrier_id, at, id);

create function barrier_comment_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'barrier comments are append-only: % refused', tg_op;
end
$$;

create trigger barrier_comment_append_only before update or delete on barrier_comment
    for each row execute function barrier_comment_append_only();
create trigger barrier_comment_no_truncate before truncate on barrier_comment
    for each statement execute function barrier_comment_append_only();

create trigger barrier_comment_audit after insert or update or delete on barrier_comment for each row execute function audit_change('id');
