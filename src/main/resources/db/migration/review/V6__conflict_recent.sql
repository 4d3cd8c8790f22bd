-- The Secretariat's panel page lists a panel's conflicts newest first, a page at a time.
create index conflict_recent on conflict (panel_id, recorded_at desc);
