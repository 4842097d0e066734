-- The audit trail (issue 7): who changed what, when, before and after, under which request.
--
-- Written by a trigger on each audited table, so that every write is caught whichever way it is made (entities,
-- native SQL, COPY). The service names the actor, the request id and the time at the start of each transaction
-- (AuditTrail: set_config(..., true), local to the transaction); a write without them (a migration, psql) is
-- recorded as 'system' at the database's clock. Rows are append-only: updating, deleting or truncating them fails.
create table audit_entry (
    id           bigserial    primary key,
    at           timestamptz  not null,
    actor        text         not null,
    request_id   text,
    record_type  text         not null,
    record_id    text         not null,
    action       text         not null check (action in ('insert', 'update', 'delete')),
    before       jsonb,
    after        jsonb
);

create index audit_entry_record on audit_entry (record_type, record_id, id);

create function audit_change() returns trigger language plpgsql as $$
declare
    row_before jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    row_after  jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    keyed      jsonb := coalesce(row_after, row_before);
    key_column text;
    record_key text := null;
begin
    if tg_op = 'UPDATE' and row_before = row_after then
        return null;
    end if;
    -- the trigger's arguments name the record's key columns; a composite key is written a/b
    foreach key_column in array tg_argv loop
        record_key := case when record_key is null then '' else record_key || '/' end
                      || coalesce(keyed ->> key_column, '');
    end loop;
    insert into audit_entry (at, actor, request_id, record_type, record_id, action, before, after)
    values (coalesce(nullif(current_setting('totalplace.audit_at', true), '')::timestamptz, clock_timestamp()),
            coalesce(nullif(current_setting('totalplace.actor', true), ''), 'system'),
            nullif(current_setting('totalplace.request_id', true), ''),
            tg_table_name, record_key, lower(tg_op), row_before, row_after);
    return null;
end
$$;

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % refused', tg_op;
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

-- The audited table: the subscriptions (their secrets and the delivery log are not audited: a secret must never
-- be copied into a readable trail, and deliveries are the dispatcher's work, logged in webhook_attempt).
create trigger webhook_subscription_audit after insert or update or delete on webhook_subscription for each row execute function audit_change('id');
