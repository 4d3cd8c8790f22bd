-- Demo records the seeds do not name (a course's trainees, a training's date) are marked so that the Annual Report
-- can say a figure counts illustrative records.
alter table meeting add column illustrative boolean not null default false;
alter table registration add column illustrative boolean not null default false;
