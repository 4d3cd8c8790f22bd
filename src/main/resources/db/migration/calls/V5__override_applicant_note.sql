-- The Secretariat's reason for an override is an internal note; what the applicant may read is written apart.
alter table calls.application add column override_applicant_note varchar(2000);
alter table calls.application add constraint override_note_needs_override
    check (override_applicant_note is null or override_eligible is not null);
