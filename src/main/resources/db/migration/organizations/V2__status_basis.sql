-- the decisions (or other basis) on which a status was given, written once with the entry
alter table status_change add column basis varchar(1000);
