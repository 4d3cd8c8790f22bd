-- A person's ORCID iD (issue 26), optional, stored as ORCID writes it (0000-0002-1825-0097). Not unique: two
-- accounts of one researcher may both name it, and a claim must never lock the real owner out of their own iD.
alter table person add column orcid varchar(19);
create index person_orcid on person (orcid) where orcid is not null;
