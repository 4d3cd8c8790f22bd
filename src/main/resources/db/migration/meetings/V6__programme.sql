-- issue 19: a meeting belongs to one of the programmes (owned by the calls module, referred to by code, never copied),
-- the dimension the ledger and the budget share. Optional: a Board-free public lecture may belong to none.
alter table meetings.meeting add column programme_code varchar(60);
create index meeting_programme on meetings.meeting (programme_code) where programme_code is not null;
