-- Issue 15: emails give a meeting's times in the participant's own zone as well; accounts keep no zone and
-- most participants have no account, so the browser's zone is taken at registration (null: the meeting's).
alter table registration add column time_zone varchar(60);
-- A meeting called off stays in the catalogue, marked, so that its page and its participants' links still explain.
alter table meeting add column cancelled_at timestamptz;
