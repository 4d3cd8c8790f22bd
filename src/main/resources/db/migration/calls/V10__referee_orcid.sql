-- Issue 26: a referee may give their ORCID iD with the letter (optional, checked, stored as ORCID writes it); a
-- reviewer with the same iD is conflicted with the application.
alter table referee add column orcid varchar(19);
