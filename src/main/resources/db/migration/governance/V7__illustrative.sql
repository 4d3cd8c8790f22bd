-- Demo records the seeds do not name (Board seats, associations, endorsed applications) are marked so that the
-- Annual Report can say a figure counts illustrative records.
alter table seat add column illustrative boolean not null default false;
alter table association add column illustrative boolean not null default false;
alter table application add column illustrative boolean not null default false;
