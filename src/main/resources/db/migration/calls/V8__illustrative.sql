-- Demo records the seeds do not name (the 2021 scholarship's 6,000 applications) are marked so that the Annual
-- Report can say a figure counts illustrative records.
alter table application add column illustrative boolean not null default false;
