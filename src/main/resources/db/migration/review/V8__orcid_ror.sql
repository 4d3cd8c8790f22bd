-- Issue 26: the same ORCID iD on both sides of a review is a conflict of interest of its own kind, and a
-- reviewer's institution may carry its ROR id beside its name.
alter table conflict drop constraint conflict_source_check;
alter table conflict add constraint conflict_source_check
    check (source in ('INSTITUTION', 'ORGANIZATION', 'COUNTRY', 'RELATION', 'ORCID', 'DECLARED', 'SECRETARIAT'));
alter table reviewer add column institution_ror varchar(9);
