-- Issue 26: calendars replace an event they already hold only when its SEQUENCE rose (RFC 5545 3.8.7.4), so
-- every change of time, place or status counts up; an organizer outside the directory may be named by its ROR id;
-- a participant may give an ORCID iD, shown to the organizers.
alter table meeting add column sequence integer not null default 0;
alter table organizer add column ror_id varchar(9);
alter table registration add column orcid varchar(19);
-- schema.org tells search engines that an event was rescheduled (with its previous start) or moved online.
alter table meeting add column rescheduled_from date;
alter table meeting add column moved_online boolean not null default false;
