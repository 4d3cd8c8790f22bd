-- The audit trail: who did what to which record, when and from where. Append-only: the application
-- only inserts and reads, no role may update, delete or truncate, and a trigger refuses it even to the
-- table's owner.
create table entry (
    id           bigserial primary key,
    occurred_at  timestamptz not null,
    recorded_at  timestamptz not null default now(),
    actor_id     uuid,
    actor_name   varchar(320) not null,
    address      varchar(64),
    action       varchar(100) not null,
    record_type  varchar(60) not null,
    record_id    varchar(100) not null,
    detail       varchar(1000) not null default ''
);
create index entry_occurred on entry (occurred_at desc);
create index entry_record on entry (record_type, record_id);
create index entry_actor on entry (actor_id);
create index entry_action on entry (action);

revoke update, delete, truncate on entry from public;

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the activity log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger entry_no_update_or_delete before update or delete on entry
    for each row execute function refuse_change();
create trigger entry_no_truncate before truncate on entry
    for each statement execute function refuse_change();
