-- Demo organizations the seeds do not name (the Board's other member organizations) are marked so that the Annual
-- Report can say a figure counts illustrative records.
alter table organization add column illustrative boolean not null default false;
