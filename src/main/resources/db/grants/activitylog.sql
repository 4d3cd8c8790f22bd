-- The audit trail is append-only: the application may add entries and read them, nothing else.
grant usage on schema activitylog to ${role};
revoke all on all tables in schema activitylog from ${role};
grant select, insert on activitylog.entry to ${role};
grant usage on sequence activitylog.entry_id_seq to ${role};
