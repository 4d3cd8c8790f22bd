-- The Secretariat's list of a call's applications (benchmark A in bench/calls-list.sh): pages are read in
-- submission order, so an index in that order lets a page stop after offset + size rows instead of sorting
-- every application of the call; counts with any filter (track, country, status, eligibility, nomination)
-- are answered from the index alone, without reading the wide rows (answers and the submitted snapshot).
create index application_list_order on application (call_id, submitted_at, id) where status <> 'DRAFT';
create index application_list_counts on application (call_id, status, track_code, country)
    include (eligible, override_eligible, id);
drop index application_list;
